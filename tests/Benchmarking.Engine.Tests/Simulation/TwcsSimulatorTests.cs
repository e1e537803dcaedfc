using System.Globalization;
using System.Text;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Simulation;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Simulation;

public sealed class TwcsSimulatorTests
{
    private const string Header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";

    public sealed class Determinism
    {
        [Fact]
        public void The_same_options_write_identical_bytes()
        {
            using var temp = new TempDir();
            var options = Simulated.Options(dirt: 0.01);

            var (first, _) = Simulated.WriteFiles(Directory.CreateDirectory(temp.File("a")).FullName, options);
            var (second, _) = Simulated.WriteFiles(Directory.CreateDirectory(temp.File("b")).FullName, options);

            Assert.Equal(File.ReadAllBytes(first.Csv), File.ReadAllBytes(second.Csv));
            Assert.Equal(File.ReadAllBytes(first.Truth), File.ReadAllBytes(second.Truth));
            Assert.Equal(File.ReadAllBytes(first.Registry), File.ReadAllBytes(second.Registry));
        }

        [Fact]
        public void Writing_twice_with_one_simulator_gives_the_same_output()
        {
            var simulator = new TwcsSimulator(Simulated.Options());
            using var first = new StringWriter();
            using var second = new StringWriter();

            simulator.Write(first);
            simulator.Write(second);

            Assert.Equal(first.ToString(), second.ToString());
        }

        [Fact]
        public void A_different_seed_gives_different_data_and_brands()
        {
            var (a, resultA) = Simulated.Generate(Simulated.Options(seed: 1));
            var (b, resultB) = Simulated.Generate(Simulated.Options(seed: 2));

            Assert.NotEqual(a, b);
            Assert.NotEqual(resultA.Truth.Select(t => t.Brand.ResponseRate), resultB.Truth.Select(t => t.Brand.ResponseRate));
        }
    }

    public sealed class Format
    {
        [Fact]
        public void Starts_with_the_published_header_and_ends_lines_with_LF_only()
        {
            var (csv, _) = Simulated.Generate(Simulated.Options());

            Assert.StartsWith(Header + "\n", csv, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', csv);
            Assert.EndsWith("\n", csv, StringComparison.Ordinal);
        }

        [Fact]
        public void Without_dirt_ids_are_1_to_n_in_file_order_and_every_row_is_accepted()
        {
            using var temp = new TempDir();
            var (files, result) = Simulated.WriteFiles(temp.Path, Simulated.Options(posts: 8_000));
            var registry = BrandRegistry.Load(files.Registry);

            var outcomes = new TwcsCsvReader(files.Csv, registry, new UTF8Encoding(false, true)).Read(null, CancellationToken.None).ToList();

            Assert.All(outcomes, o => Assert.Null(o.Rejected));
            Assert.Equal(result.Posts, outcomes.Count);
            Assert.Equal(Enumerable.Range(1, outcomes.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), outcomes.Select(o => o.Post!.PostId));
        }

        [Fact]
        public void Ids_count_up_from_the_first_id_and_replies_point_inside_the_range()
        {
            using var temp = new TempDir();
            var (files, result) = Simulated.WriteFiles(temp.Path, Simulated.Options(posts: 2_000) with { FirstId = 5_000_001 });
            var registry = BrandRegistry.Load(files.Registry);

            var posts = new TwcsCsvReader(files.Csv, registry, new UTF8Encoding(false, true)).Read(null, CancellationToken.None).Select(o => o.Post!).ToList();

            Assert.Equal(result.Posts, posts.Count);
            Assert.Equal(Enumerable.Range(0, posts.Count).Select(i => (5_000_001 + i).ToString(CultureInfo.InvariantCulture)), posts.Select(p => p.PostId));
            Assert.All(posts.Where(p => p.InReplyToId is not null), p => Assert.InRange(long.Parse(p.InReplyToId!, CultureInfo.InvariantCulture), 5_000_001, 5_000_000 + posts.Count));
        }

        [Fact]
        public void Timestamps_inbound_flags_and_parents_follow_TWCS()
        {
            var (csv, _) = Simulated.Generate(Simulated.Options(posts: 2_000));
            var rows = Rows(csv);

            foreach (var row in rows)
            {
                Assert.True(TwcsFields.TryParseTimestamp(row[3], out _), row[3]);
                Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d \d\d:\d\d:\d\d \+0000 \d{4}$", row[3]);
                Assert.Contains(row[2], new[] { "True", "False" });
                Assert.Matches(@"^(|\d+\.0)$", row[6]);
            }
        }

        [Fact]
        public void Customers_are_numeric_and_mention_the_brand_and_replies_address_the_customer()
        {
            var (csv, result) = Simulated.Generate(Simulated.Options(posts: 3_000));
            var handles = result.Truth.Select(t => t.Brand.Handle).ToHashSet(StringComparer.Ordinal);
            var byId = new Dictionary<string, string[]>(StringComparer.Ordinal);

            foreach (var row in Rows(csv))
            {
                byId[row[0]] = row;
                if (row[2] == "True")
                {
                    Assert.Matches(@"^\d+$", row[1]);
                    var handle = row[4].Split(' ')[0].TrimStart('@');
                    Assert.Contains(handle, handles);
                    Assert.False(row[4].StartsWith("RT @", StringComparison.Ordinal));
                }
                else
                {
                    Assert.Contains(row[1], handles);
                }

                if (row[6].Length > 0)
                {
                    // A parent is always written before its reply, by the other side, and earlier in time.
                    var parent = byId[row[6][..^2]];
                    Assert.NotEqual(parent[2], row[2]);
                    Assert.True(Time(row) >= Time(parent));
                    if (row[2] == "False")
                    {
                        Assert.StartsWith("@" + parent[1] + " ", row[4], StringComparison.Ordinal);
                    }
                }
            }
        }

        [Fact]
        public void Every_mention_is_before_the_mention_end_and_the_closing_posts_are_the_latest()
        {
            var (csv, result) = Simulated.Generate(Simulated.Options(posts: 3_000));
            var rows = Rows(csv);

            Assert.All(rows.Where(r => r[2] == "True"), r => Assert.True(Time(r) < result.MentionEnd));
            Assert.Equal(result.AsOf, rows.Max(Time));
            Assert.Equal(result.Options.End.AddSeconds(-1), result.AsOf);
            Assert.Equal(result.Truth.Count, rows.Count(r => Time(r) == result.AsOf));
        }

        [Fact]
        public void Some_replies_carry_an_agent_sign_off()
        {
            var (csv, _) = Simulated.Generate(Simulated.Options(posts: 5_000, brands: 6));

            Assert.Matches(@"\^[A-Z]{2}""?,", csv);
        }
    }

    public sealed class Brands
    {
        [Fact]
        public void Parameters_are_within_the_option_ranges_and_weights_sum_to_one()
        {
            var options = new SimulationOptions { Brands = 40, Seed = 5 };

            var brands = TwcsSimulator.CreateBrands(options);

            Assert.Equal(40, brands.Count);
            Assert.All(brands, b =>
            {
                Assert.InRange(b.ResponseRate, options.ResponseRateMin, options.ResponseRateMax);
                Assert.InRange(b.MedianSeconds, options.MedianResponseMin.TotalSeconds * 0.999, options.MedianResponseMax.TotalSeconds * 1.001);
                Assert.InRange(b.Sigma, options.SigmaMin, options.SigmaMax);
            });
            Assert.Equal(1.0, brands.Sum(b => b.MentionWeight), 9);
            Assert.Equal(options.Industries.ToHashSet(), brands.Select(b => b.Industry).ToHashSet());
            Assert.Equal(40, brands.Select(b => b.Id).Distinct().Count());
        }

        [Fact]
        public void Registry_is_valid_and_its_handles_never_collide_with_real_brands()
        {
            using var temp = new TempDir();
            var (files, result) = Simulated.WriteFiles(temp.Path, Simulated.Options(brands: 30));
            var real = BrandRegistry.Load(TestPaths.BrandsJson);

            var simulated = BrandRegistry.Load(files.Registry);

            Assert.Equal(result.Truth.Select(t => t.Brand.Id), simulated.Brands.Select(b => b.Id));
            Assert.All(simulated.Brands.SelectMany(b => b.Handles), h =>
            {
                Assert.StartsWith("Sim", h.Handle, StringComparison.Ordinal);
                Assert.Null(real.FindByHandle(h.Platform, h.Handle));
            });
            Assert.All(simulated.Brands, b => Assert.Null(real.FindById(b.Id)));
        }
    }

    public sealed class Dirt
    {
        [Fact]
        public void Rejects_equal_the_injected_dirt_by_reason_and_the_truth_is_untouched()
        {
            using var temp = new TempDir();
            var options = Simulated.Options(posts: 20_000, dirt: 0.01);
            var (files, result) = Simulated.WriteFiles(temp.Path, options);
            var (_, clean) = Simulated.Generate(options with { DirtRate = 0 });
            using var benchmark = CareBenchmark.Open(temp.File("store.duckdb"), BrandRegistry.Load(files.Registry));

            var summary = benchmark.Ingest(files.Csv, new IngestOptions { RejectsDirectory = temp.File("rejects") });

            Assert.True(result.DirtRows > 50, $"only {result.DirtRows} dirt rows");
            Assert.Equal(5, result.DirtByReason.Count);
            Assert.Equal(result.Rows, summary.Read);
            Assert.Equal(result.Posts, summary.Accepted);
            Assert.Equal(result.DirtRows, summary.Rejected);
            Assert.Equal(result.DirtByReason.OrderBy(d => d.Key), summary.RejectedByReason.OrderBy(d => d.Key));
            Assert.Equal(clean.Truth, result.Truth);
        }

        [Fact]
        public void A_file_with_dirt_is_the_clean_file_plus_extra_rows()
        {
            var options = Simulated.Options(posts: 10_000, dirt: 0.02);
            var (dirty, result) = Simulated.Generate(options);
            var (clean, _) = Simulated.Generate(options with { DirtRate = 0 });
            var dirtyLines = dirty.Split('\n');
            var cleanLines = clean.Split('\n');

            var matched = 0;
            foreach (var line in dirtyLines)
            {
                if (matched < cleanLines.Length && line == cleanLines[matched])
                {
                    matched++;
                }
            }

            Assert.Equal(cleanLines.Length, matched);
            Assert.Equal(result.DirtRows, dirtyLines.Length - cleanLines.Length);
        }
    }

    private static List<string[]> Rows(string csv)
    {
        using var reader = new StringReader(csv);
        using var parser = new CsvHelper.CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        parser.Read();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    private static DateTimeOffset Time(string[] row) =>
        TwcsFields.TryParseTimestamp(row[3], out var utc) ? new DateTimeOffset(utc, TimeSpan.Zero) : throw new FormatException(row[3]);
}
