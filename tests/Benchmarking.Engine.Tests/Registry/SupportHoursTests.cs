using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Reference;

namespace Benchmarking.Engine.Tests.Registry;

public sealed class SupportHoursTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Mon–Fri 08:00–20:00.</summary>
    private static SupportHours OfficeHours { get; } = SupportHours.Create(Weekdays.Select(d => new WeeklyOpening(d, TimeSpan.FromHours(8), TimeSpan.FromHours(12))));

    private static SupportHours Every(DayOfWeek day, string start, string end, bool nextDay = false)
    {
        var (s, e) = (TimeSpan.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        return SupportHours.Create([new WeeklyOpening(day, s, (nextDay ? e + TimeSpan.FromDays(1) : e) - s)]);
    }

    /// <summary>A UTC instant.</summary>
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A local wall time in <paramref name="zone"/> (not in a gap or overlap) as an instant.</summary>
    private static DateTimeOffset Local(string text, TimeZoneInfo zone)
    {
        var local = DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public sealed class BusinessTime
    {
        [Fact]
        public void Worked_example_Friday_19_55_answered_Monday_08_10_under_office_hours_is_15_minutes()
        {
            // 2017-10-27 is a Friday.
            Assert.Equal(TimeSpan.FromMinutes(15), OfficeHours.BusinessTime(Utc("2017-10-27T19:55:00"), Utc("2017-10-30T08:10:00"), TimeZoneInfo.Utc));
            Assert.Equal(TimeSpan.FromMinutes(15), OfficeHours.BusinessTime(Local("2017-10-27T19:55:00", NewYork), Local("2017-10-30T08:10:00", NewYork), NewYork));
        }

        [Fact]
        public void The_hours_are_local_wall_time_in_the_brand_zone()
        {
            // 12:00 UTC on a Monday in October is 08:00 in New York (UTC-4): the first 4 hours of the UTC day are closed there.
            Assert.Equal(TimeSpan.FromHours(4), OfficeHours.BusinessTime(Utc("2017-10-30T08:00:00"), Utc("2017-10-30T16:00:00"), NewYork));
            Assert.Equal(TimeSpan.FromHours(8), OfficeHours.BusinessTime(Utc("2017-10-30T08:00:00"), Utc("2017-10-30T16:00:00"), TimeZoneInfo.Utc));
        }

        [Fact]
        public void Spring_forward_the_skipped_local_hour_is_not_open()
        {
            // London, Sunday 2018-03-25: 01:00 GMT becomes 02:00 BST. Open Sunday 00:00–04:00 local is 3 real hours.
            var hours = Every(DayOfWeek.Sunday, "00:00", "04:00");
            Assert.Equal(TimeSpan.FromHours(3), hours.BusinessTime(Utc("2018-03-24T12:00:00"), Utc("2018-03-25T12:00:00"), London));

            // A mention at 00:50 GMT answered at 02:10 BST (01:10 UTC) waited 20 minutes on both clocks.
            Assert.Equal(TimeSpan.FromMinutes(20), hours.BusinessTime(Local("2018-03-25T00:50:00", London), Utc("2018-03-25T01:10:00"), London));
        }

        [Fact]
        public void Fall_back_the_repeated_local_hour_is_open_twice()
        {
            // London, Sunday 2018-10-28: 02:00 BST becomes 01:00 GMT. Open Sunday 00:00–03:00 local is 4 real hours
            // (23:00 UTC Saturday to 03:00 UTC).
            var hours = Every(DayOfWeek.Sunday, "00:00", "03:00");
            Assert.Equal(TimeSpan.FromHours(4), hours.BusinessTime(Utc("2018-10-27T12:00:00"), Utc("2018-10-28T12:00:00"), London));

            // New York, Sunday 2017-11-05: 02:00 EDT becomes 01:00 EST. Open 01:30–02:30 local: 01:30–02:00 EDT, then
            // 01:30–02:30 EST: 1.5 real hours.
            var late = Every(DayOfWeek.Sunday, "01:30", "02:30");
            Assert.Equal(TimeSpan.FromMinutes(90), late.BusinessTime(Utc("2017-11-05T00:00:00"), Utc("2017-11-05T12:00:00"), NewYork));
        }

        [Fact]
        public void Midnight_spanning_openings_count_on_both_days()
        {
            var nights = Every(DayOfWeek.Friday, "22:00", "02:00", nextDay: true);
            // 2017-10-27 is a Friday: open 22:00 Friday to 02:00 Saturday.
            Assert.Equal(TimeSpan.FromHours(3), nights.BusinessTime(Utc("2017-10-27T23:00:00"), Utc("2017-10-28T03:00:00"), TimeZoneInfo.Utc));
            Assert.True(nights.IsOpen(Utc("2017-10-28T01:59:00"), TimeZoneInfo.Utc));
            Assert.False(nights.IsOpen(Utc("2017-10-28T02:00:00"), TimeZoneInfo.Utc));

            // Sunday night into Monday wraps around the end of the week.
            var sunday = Every(DayOfWeek.Sunday, "22:00", "02:00", nextDay: true);
            Assert.Equal(TimeSpan.FromMinutes(150), sunday.BusinessTime(Utc("2017-10-29T23:30:00"), Utc("2017-10-30T05:00:00"), TimeZoneInfo.Utc));
        }

        [Fact]
        public void Closed_days_do_not_count()
        {
            // Saturday 10:00 to Sunday 18:00 under Monday–Friday hours.
            Assert.Equal(TimeSpan.Zero, OfficeHours.BusinessTime(Utc("2017-10-28T10:00:00"), Utc("2017-10-29T18:00:00"), TimeZoneInfo.Utc));
            Assert.Equal(TimeSpan.Zero, SupportHours.Create([]).BusinessTime(Utc("2017-10-28T10:00:00"), Utc("2017-11-29T18:00:00"), London));
        }

        [Fact]
        public void A_mention_posted_and_answered_while_closed_waited_no_business_time()
        {
            Assert.Equal(TimeSpan.Zero, OfficeHours.BusinessTime(Utc("2017-10-30T21:00:00"), Utc("2017-10-30T23:00:00"), TimeZoneInfo.Utc));
        }

        [Fact]
        public void A_mention_posted_while_closed_starts_its_clock_at_the_next_opening()
        {
            Assert.Equal(TimeSpan.FromMinutes(30), OfficeHours.BusinessTime(Utc("2017-10-28T10:00:00"), Utc("2017-10-30T08:30:00"), TimeZoneInfo.Utc));
        }

        [Fact]
        public void Always_open_is_the_wall_clock_exactly_in_any_zone()
        {
            var random = new Random(16);
            for (var i = 0; i < 1000; i++)
            {
                var from = new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(730).Ticks));
                var to = from.AddTicks((long)(random.NextDouble() * TimeSpan.FromDays(4).Ticks));
                Assert.Equal(to - from, SupportHours.AlwaysOpen.BusinessTime(from, to, London));
            }

            var explicitWeek = SupportHours.Create(Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, TimeSpan.Zero, TimeSpan.FromDays(1))));
            Assert.True(explicitWeek.IsAlwaysOpen);
            Assert.Equal(SupportHours.AlwaysOpen, explicitWeek);
        }

        [Fact]
        public void Is_zero_when_the_reply_is_not_later()
        {
            Assert.Equal(TimeSpan.Zero, OfficeHours.BusinessTime(Utc("2017-10-30T12:00:00"), Utc("2017-10-30T11:00:00"), TimeZoneInfo.Utc));
        }

        [Theory]
        [InlineData("Europe/London")]
        [InlineData("America/New_York")]
        [InlineData("Australia/Sydney")]
        [InlineData("Asia/Kolkata")]
        public void Agrees_with_a_minute_by_minute_walk_on_random_cases(string zoneId)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var random = new Random(zoneId.Length * 7919);
            for (var schedule = 0; schedule < 12; schedule++)
            {
                var openings = RandomOpenings(random);
                var hours = SupportHours.Create(openings);
                for (var i = 0; i < 25; i++)
                {
                    // Whole minutes across 2017–2018, so many cases cross a DST change; spans up to 4 days.
                    var from = new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 2 * 365 * 1440));
                    if (i % 5 == 0)
                    {
                        // Near a transition on purpose: the last Sunday of March or October, or the first Sunday of November.
                        from = new DateTimeOffset(2018, new[] { 3, 10, 11, 4 }[random.Next(4)], random.Next(1, 29), random.Next(0, 24), 0, 0, TimeSpan.Zero);
                    }

                    var to = from.AddMinutes(random.Next(0, 4 * 1440));
                    Assert.True(
                        ReferenceBusinessClock.BusinessTime(openings, from, to, zone) == hours.BusinessTime(from, to, zone),
                        $"{zoneId} {hours} from {from:O} to {to:O}");
                    Assert.Equal(ReferenceBusinessClock.IsOpen(openings, TimeZoneInfo.ConvertTime(from, zone).DateTime), hours.IsOpen(from, zone));
                }
            }
        }

        /// <summary>Up to one opening per weekday on whole quarter hours, some past midnight, never overlapping.</summary>
        private static List<WeeklyOpening> RandomOpenings(Random random)
        {
            while (true)
            {
                var openings = new List<WeeklyOpening>();
                foreach (var day in Enum.GetValues<DayOfWeek>())
                {
                    if (random.Next(4) == 0)
                    {
                        continue;
                    }

                    var start = TimeSpan.FromMinutes(15 * random.Next(0, 96));
                    var length = TimeSpan.FromMinutes(15 * random.Next(1, 97));
                    openings.Add(new WeeklyOpening(day, start, length));
                }

                if (SupportHours.Problems(openings).Count == 0)
                {
                    return openings;
                }
            }
        }
    }

    public sealed class Problems
    {
        [Fact]
        public void Lists_every_overlap_including_across_midnight_and_the_end_of_the_week()
        {
            var problems = SupportHours.Problems(
            [
                new WeeklyOpening(DayOfWeek.Monday, TimeSpan.FromHours(8), TimeSpan.FromHours(4)),
                new WeeklyOpening(DayOfWeek.Monday, TimeSpan.FromHours(11), TimeSpan.FromHours(2)),
                new WeeklyOpening(DayOfWeek.Tuesday, TimeSpan.FromHours(22), TimeSpan.FromHours(4)),
                new WeeklyOpening(DayOfWeek.Wednesday, TimeSpan.FromHours(1), TimeSpan.FromHours(2)),
                new WeeklyOpening(DayOfWeek.Sunday, TimeSpan.FromHours(23), TimeSpan.FromHours(3)),
                new WeeklyOpening(DayOfWeek.Monday, TimeSpan.FromHours(1), TimeSpan.FromHours(1)),
                new WeeklyOpening(DayOfWeek.Friday, TimeSpan.FromHours(9), TimeSpan.Zero),
            ]);

            Assert.Equal(4, problems.Count);
            Assert.Contains(problems, p => p.Contains("Mon 08:00-12:00 and Mon 11:00-13:00 overlap", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("Tue 22:00-02:00+1 and Wed 01:00-03:00 overlap", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("Sun 23:00-02:00+1 and Mon 01:00-02:00 overlap", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("at most 24 hours", StringComparison.Ordinal));
            Assert.Throws<ArgumentException>(() => SupportHours.Create([new WeeklyOpening(DayOfWeek.Friday, TimeSpan.FromHours(9), TimeSpan.FromHours(25))]));
        }
    }
}
