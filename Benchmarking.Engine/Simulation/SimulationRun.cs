using System.Buffers;
using System.Globalization;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Simulation;

/// <summary>
/// The state of one <see cref="TwcsSimulator.Write"/>: walks the mention period hour by hour, draws each hour's
/// mentions, writes each conversation as a block of consecutive ids (as TWCS does), then the dirt rows it earned, and
/// finally one closing post per brand that marks the data horizon. Memory holds one hour's mention keys and one
/// conversation, never the posts written.
/// </summary>
internal sealed class SimulationRun
{
    /// <summary>Relative mention volume per UTC hour of day: quiet in the small hours of the Americas and Europe.</summary>
    private static readonly double[] HourOfDay =
    [
        0.75, 0.65, 0.55, 0.45, 0.38, 0.34, 0.33, 0.36, 0.45, 0.55, 0.68, 0.80,
        0.90, 0.97, 1.00, 1.00, 1.00, 0.98, 0.96, 0.95, 0.93, 0.90, 0.87, 0.82,
    ];

    /// <summary>Relative mention volume per day of week, Sunday first: weekends are lower.</summary>
    private static readonly double[] DayOfWeek = [0.70, 1.00, 1.00, 0.98, 0.97, 0.93, 0.72];

    /// <summary>The dirt kinds, each named by the reason the engine rejects it with; drawn uniformly.</summary>
    private static readonly RejectReason[] DirtReasons =
    [
        RejectReason.DuplicateRow,
        RejectReason.DuplicateIdConflict,
        RejectReason.BadTimestamp,
        RejectReason.IdInScientificNotation,
        RejectReason.EmptyAuthor,
    ];

    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");

    private const int ProgressEvery = 1 << 16;
    private const long FirstCustomerId = 100_000;
    private static readonly double FollowUpMu = Math.Log(600);
    private const double FollowUpSigma = 1.2;

    private readonly SimulationOptions options;
    private readonly SimulatedBrand[] brands;
    private readonly string[][] openings;
    private readonly TextWriter output;
    private readonly IProgress<long>? progress;
    private readonly SimRandom random;
    private readonly SimRandom dirtRandom;
    private SimRandom incidentRandom;
    private readonly CsvRowBuilder row;
    private readonly long start;
    private readonly long mentionEnd;
    private readonly long end;
    private readonly long window;
    private readonly long margin;
    private readonly int customerPool;
    private readonly double scale;

    private readonly long[] mentions;
    private readonly long[] followUps;
    private readonly long[] answered;
    private readonly long[] late;
    private readonly long[] brandPosts;
    private readonly int[] incidentDays;
    private readonly double[] burst;
    private readonly long[] dirtByReason = new long[DirtReasons.Length];
    private readonly ConversationTurn[] turns;

    private long[] hourKeys = new long[1024];
    private int turnCount;
    private long conversationCustomer;
    private int conversationBrand;
    private long nextId;
    private long posts;
    private long dirtRows;
    private long untilDirt;
    private int pendingDirt;
    private long untilProgress = ProgressEvery;

    public SimulationRun(SimulationOptions options, IReadOnlyList<SimulatedBrand> brands, TextWriter output, IProgress<long>? progress)
    {
        this.options = options;
        this.brands = [.. brands];
        this.output = output;
        this.progress = progress;
        openings = this.brands.Select(b => Phrases.Openings(b.Industry)).ToArray();
        // Its own stream, independent of the brand draws, so Write is repeatable.
        random = new SimRandom(unchecked((options.Seed * -1640531535) ^ 0x5EED));
        // Dirt has its own stream and reuses ids, so a file with dirt is the clean file plus extra rows.
        dirtRandom = new SimRandom(unchecked((options.Seed * 40503) ^ 0xD127));
        nextId = options.FirstId;
        start = options.StartUtc.ToUnixTimeSeconds();
        mentionEnd = options.MentionEnd.ToUnixTimeSeconds();
        end = options.End.ToUnixTimeSeconds();
        window = (long)Math.Floor(options.AnswerWindow.TotalSeconds);
        margin = (long)SimulationOptions.HorizonMargin.TotalSeconds;
        row = new CsvRowBuilder(options.StartUtc, options.End);
        turns = new ConversationTurn[2 * options.MaxCustomerTurns];
        mentions = new long[this.brands.Length];
        followUps = new long[this.brands.Length];
        answered = new long[this.brands.Length];
        late = new long[this.brands.Length];
        brandPosts = new long[this.brands.Length];
        incidentDays = new int[this.brands.Length];
        burst = new double[this.brands.Length];

        // Conversations so that posts come out near the target: expected posts per conversation per brand, weighted.
        var postsPerConversation = this.brands.Sum(b => b.MentionWeight * ExpectedPosts(b));
        var conversations = (options.Posts - this.brands.Length) / postsPerConversation;
        // The volume actually drawn, incidents included (a first pass over the same incident stream), so that the
        // number of posts does not depend on whether a big brand happened to have an incident.
        incidentRandom = NewIncidentRandom();
        var volume = 0.0;
        var weightedBurst = 0.0;
        for (var hour = start; hour < mentionEnd; hour += 3600)
        {
            if ((hour - start) % 86_400 == 0)
            {
                DrawIncidents();
                weightedBurst = this.brands.Select((b, i) => b.MentionWeight * burst[i]).Sum();
            }

            volume += HourShare(hour) * weightedBurst;
        }

        scale = conversations / volume;
        incidentRandom = NewIncidentRandom();
        Array.Clear(incidentDays);
        customerPool = (int)Math.Clamp(conversations / 3, 1_000, 100_000_000);
        untilDirt = NextDirtGap();
    }

    public SimulationResult Run(CancellationToken cancellationToken)
    {
        output.Write("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n");
        for (var hour = start; hour < mentionEnd; hour += 3600)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if ((hour - start) % 86_400 == 0)
            {
                DrawIncidents();
            }

            WriteHour(hour);
        }

        WriteClosingPosts();
        progress?.Report(posts + dirtRows);
        var truth = brands
            .Select((b, i) => new BrandTruth(b, mentions[i], followUps[i], answered[i], late[i], brandPosts[i], incidentDays[i]))
            .OrderBy(t => t.Brand.Id, StringComparer.Ordinal)
            .ToList();
        var byReason = new Dictionary<RejectReason, long>();
        for (var i = 0; i < DirtReasons.Length; i++)
        {
            if (dirtByReason[i] > 0)
            {
                byReason[DirtReasons[i]] = dirtByReason[i];
            }
        }

        return new SimulationResult(options, truth, posts, dirtRows, byReason, options.MentionEnd, DateTimeOffset.FromUnixTimeSeconds(end - 1));
    }

    /// <summary>Expected posts of one conversation with <paramref name="brand"/> (ignoring follow-ups cut at the mention end).</summary>
    private double ExpectedPosts(SimulatedBrand brand)
    {
        var replied = brand.ResponseRate + ((1 - brand.ResponseRate) * options.LateReplyShare);
        var carryOn = replied * options.FollowUpProbability;
        var customerTurns = 0.0;
        var term = 1.0;
        for (var i = 0; i < options.MaxCustomerTurns; i++)
        {
            customerTurns += term;
            term *= carryOn;
        }

        return customerTurns * (1 + replied);
    }

    /// <summary>Incident days come from their own stream, drawn twice: once to size the volume, once while writing.</summary>
    private SimRandom NewIncidentRandom() => new(unchecked((options.Seed * 31) + 0x1C1D));

    private double HourShare(long hour)
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(hour);
        var length = Math.Min(3600, mentionEnd - hour) / 3600.0;
        return HourOfDay[time.Hour] * DayOfWeek[(int)time.DayOfWeek] * length;
    }

    private void DrawIncidents()
    {
        for (var b = 0; b < brands.Length; b++)
        {
            burst[b] = 1;
            if (options.BurstProbability > 0 && incidentRandom.Chance(options.BurstProbability))
            {
                burst[b] = incidentRandom.Uniform(options.BurstMultiplierMin, options.BurstMultiplierMax);
                incidentDays[b]++;
            }
        }
    }

    private void WriteHour(long hour)
    {
        var length = (int)Math.Min(3600, mentionEnd - hour);
        var share = HourShare(hour);
        var count = 0;
        for (var b = 0; b < brands.Length; b++)
        {
            var k = random.Poisson(scale * brands[b].MentionWeight * share * burst[b]);
            if (count + k > hourKeys.Length)
            {
                Array.Resize(ref hourKeys, Math.Max(hourKeys.Length * 2, count + k));
            }

            for (var j = 0; j < k; j++)
            {
                // Second of the hour in the high bits, brand in the low 16: sorting orders the hour's mentions by time.
                hourKeys[count++] = ((long)random.Next(length) << 16) | (uint)b;
            }
        }

        Array.Sort(hourKeys, 0, count);
        for (var i = 0; i < count; i++)
        {
            WriteConversation((int)(hourKeys[i] & 0xFFFF), hour + (hourKeys[i] >> 16));
        }
    }

    /// <summary>
    /// One mention and what follows: with the brand's response rate a reply within the window (truncated log-normal
    /// delay), else sometimes a late reply; after a reply, maybe a customer follow-up (a new mention) answered the same way.
    /// </summary>
    private void WriteConversation(int b, long time)
    {
        var brand = brands[b];
        conversationBrand = b;
        conversationCustomer = FirstCustomerId + random.Next(customerPool);
        turnCount = 0;
        var firstId = nextId;
        var phrases = openings[b];
        for (var customerTurn = 0; customerTurn < options.MaxCustomerTurns; customerTurn++)
        {
            var phrase = customerTurn == 0 ? random.Next(phrases.Length) : random.Next(Phrases.FollowUps.Length);
            AddTurn(time, inbound: true, phrase, signOff: -1);
            mentions[b]++;
            if (customerTurn > 0)
            {
                followUps[b]++;
            }

            long replyAt;
            if (random.Chance(brand.ResponseRate))
            {
                replyAt = time + (long)Math.Round(random.TruncatedLogNormal(brand.Mu, brand.Sigma, window));
                answered[b]++;
            }
            else if (options.LateReplyShare > 0 && random.Chance(options.LateReplyShare))
            {
                // After the window but before the data ends: the engine must count it as unanswered.
                replyAt = time + window + 1 + random.Next((int)margin - 1);
                late[b]++;
            }
            else
            {
                break;
            }

            var signOff = brand.SignOffShare > 0 && random.Chance(brand.SignOffShare) ? random.Next(26 * 26) : -1;
            AddTurn(replyAt, inbound: false, random.Next(Phrases.Replies.Length), signOff);
            brandPosts[b]++;
            if (customerTurn + 1 >= options.MaxCustomerTurns || !random.Chance(options.FollowUpProbability))
            {
                break;
            }

            time = replyAt + (long)Math.Round(random.TruncatedLogNormal(FollowUpMu, FollowUpSigma, 48 * 3600.0));
            if (time >= mentionEnd)
            {
                break;
            }
        }

        for (var i = 0; i < turnCount; i++)
        {
            RenderTurn(i, firstId);
            EmitPost();
        }

        while (pendingDirt > 0)
        {
            pendingDirt--;
            WriteDirt(firstId);
        }
    }

    private void AddTurn(long time, bool inbound, int phrase, int signOff)
    {
        turns[turnCount++] = new ConversationTurn(time, inbound, phrase, signOff);
        nextId++;
    }

    /// <summary>Renders post <paramref name="i"/> of the conversation; <paramref name="damage"/> makes it a dirt row rejected for that reason.</summary>
    private void RenderTurn(int i, long firstId, RejectReason? damage = null)
    {
        var turn = turns[i];
        var id = firstId + i;
        row.Clear();
        if (damage == RejectReason.IdInScientificNotation)
        {
            // What a spreadsheet makes of an id: digits lost.
            row.Append(((double)id).ToString("0.00E+00", CultureInfo.InvariantCulture));
        }
        else
        {
            row.Append(id);
        }

        row.Append(',');
        if (damage == RejectReason.EmptyAuthor)
        {
            row.Append(turn.Inbound ? ",True," : ",False,");
        }
        else if (turn.Inbound)
        {
            row.Append(conversationCustomer).Append(",True,");
        }
        else
        {
            row.Append(brands[conversationBrand].Handle).Append(",False,");
        }

        if (damage == RejectReason.BadTimestamp)
        {
            // A local time without offset: ambiguous, so refused.
            row.Append(DateTimeOffset.FromUnixTimeSeconds(turn.Time).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        }
        else
        {
            row.AppendTimestamp(turn.Time);
        }

        row.Append(',');
        AppendText(i, edited: damage == RejectReason.DuplicateIdConflict);
        row.Append(',');
        if (i + 1 < turnCount)
        {
            row.Append(id + 1);
        }

        row.Append(',');
        if (i > 0)
        {
            // TWCS stores the parent as a pandas float: "3.0".
            row.Append(id - 1).Append(".0");
        }

        row.Append('\n');
    }

    private void AppendText(int i, bool edited)
    {
        var turn = turns[i];
        var phrase = turn.Inbound
            ? (i == 0 ? openings[conversationBrand] : Phrases.FollowUps)[turn.Phrase]
            : Phrases.Replies[turn.Phrase];
        var quoted = phrase.AsSpan().IndexOfAny(NeedsQuoting) >= 0;
        if (quoted)
        {
            row.Append('"');
        }

        if (turn.Inbound)
        {
            row.Append('@').Append(brands[conversationBrand].Handle);
        }
        else
        {
            row.Append('@').Append(conversationCustomer);
        }

        row.Append(' ');
        if (quoted)
        {
            row.AppendEscaped(phrase);
        }
        else
        {
            row.Append(phrase);
        }

        if (turn.SignOff >= 0)
        {
            row.Append(" ^").Append((char)('A' + (turn.SignOff / 26))).Append((char)('A' + (turn.SignOff % 26)));
        }

        if (edited)
        {
            row.Append(" (edited)");
        }

        if (quoted)
        {
            row.Append('"');
        }
    }

    private void EmitPost()
    {
        output.Write(row.Row);
        posts++;
        if (untilDirt > 0 && --untilDirt == 0)
        {
            pendingDirt++;
            untilDirt = NextDirtGap();
        }

        Tick();
    }

    /// <summary>Rows until the next dirt row: geometric with the dirt rate, so dirt is spread without a draw per row.</summary>
    private long NextDirtGap()
    {
        if (options.DirtRate <= 0)
        {
            return 0;
        }

        if (options.DirtRate >= 1)
        {
            return 1;
        }

        return 1 + (long)Math.Floor(Math.Log(1 - dirtRandom.NextDouble()) / Math.Log(1 - options.DirtRate));
    }

    /// <summary>
    /// One extra row the engine must reject, for a reason drawn uniformly: a copy of one of the conversation's posts,
    /// exact or damaged. It reuses that post's id, so dirt never shifts the ids or the truth of the clean rows.
    /// </summary>
    private void WriteDirt(long firstId)
    {
        var kind = dirtRandom.Next(DirtReasons.Length);
        RenderTurn(dirtRandom.Next(turnCount), firstId, DirtReasons[kind]);
        output.Write(row.Row);
        dirtRows++;
        dirtByReason[kind]++;
        Tick();
    }

    /// <summary>Each brand's top-level broadcast one second before the end: the latest post, so the as-of time is known.</summary>
    private void WriteClosingPosts()
    {
        for (var b = 0; b < brands.Length; b++)
        {
            var text = Phrases.Broadcasts[b % Phrases.Broadcasts.Length];
            row.Clear().Append(nextId++).Append(',').Append(brands[b].Handle).Append(",False,").AppendTimestamp(end - 1).Append(',');
            if (text.AsSpan().IndexOfAny(NeedsQuoting) >= 0)
            {
                row.Append('"').AppendEscaped(text).Append('"');
            }
            else
            {
                row.Append(text);
            }

            row.Append(",,\n");
            output.Write(row.Row);
            posts++;
            brandPosts[b]++;
            Tick();
        }
    }

    private void Tick()
    {
        if (--untilProgress == 0)
        {
            untilProgress = ProgressEvery;
            progress?.Report(posts + dirtRows);
        }
    }
}
