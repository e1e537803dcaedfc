using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Tests.Ingest;

public sealed class TwcsFieldsTests
{
    public sealed class ParseId
    {
        [Theory]
        [InlineData("123", "123")]
        [InlineData("3.0", "3")]
        [InlineData("3.00", "3")]
        [InlineData("192625.0", "192625")]
        [InlineData(" 42 ", "42")]
        [InlineData("0", "0")]
        [InlineData("1156825", "1156825")]
        public void Accepts_whole_numbers_and_pandas_float_ids_and_returns_the_canonical_digits(string raw, string expected)
        {
            var problem = TwcsFields.ParseId(raw, out var id);

            Assert.Null(problem);
            Assert.Equal(expected, id);
        }

        [Theory]
        [InlineData("5.70E+17")]
        [InlineData("5.7e17")]
        [InlineData("1.2674582598557778e+18")]
        [InlineData("5.70306E+17")]
        public void Refuses_scientific_notation_because_the_digits_are_lost(string raw)
        {
            Assert.Equal(RejectReason.IdInScientificNotation, TwcsFields.ParseId(raw, out var id));
            Assert.Equal(string.Empty, id);
        }

        [Theory]
        [InlineData("3.5")]
        [InlineData("3.")]
        [InlineData(".0")]
        [InlineData("abc")]
        [InlineData("-1")]
        [InlineData("+1")]
        [InlineData("1,234")]
        [InlineData("4,350,434,843,514,350")]
        [InlineData("12 34")]
        [InlineData("١٢٣")]
        public void Refuses_anything_else_that_is_not_a_whole_number(string raw)
        {
            Assert.Equal(RejectReason.IdNotInteger, TwcsFields.ParseId(raw, out var id));
            Assert.Equal(string.Empty, id);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void Reports_an_empty_id_as_missing(string raw)
        {
            Assert.Equal(RejectReason.MissingId, TwcsFields.ParseId(raw, out _));
        }

        [Fact]
        public void Reports_an_empty_id_with_the_reason_the_caller_asks_for()
        {
            Assert.Equal(RejectReason.IdNotInteger, TwcsFields.ParseId(string.Empty, out _, RejectReason.IdNotInteger));
        }
    }

    public sealed class TryParseInbound
    {
        [Theory]
        [InlineData("True", true)]
        [InlineData("TRUE", true)]
        [InlineData("true", true)]
        [InlineData(" True ", true)]
        [InlineData("1", true)]
        [InlineData("False", false)]
        [InlineData("FALSE", false)]
        [InlineData("false", false)]
        [InlineData("0", false)]
        public void Reads_True_and_False_in_any_case_and_1_or_0(string raw, bool expected)
        {
            Assert.True(TwcsFields.TryParseInbound(raw, out var inbound));
            Assert.Equal(expected, inbound);
        }

        [Theory]
        [InlineData("")]
        [InlineData("yes")]
        [InlineData("no")]
        [InlineData("T")]
        [InlineData("2")]
        [InlineData("Truee")]
        public void Refuses_other_values(string raw)
        {
            Assert.False(TwcsFields.TryParseInbound(raw, out _));
        }
    }

    public sealed class TryParseTimestamp
    {
        [Theory]
        [InlineData("Tue Oct 31 22:10:47 +0000 2017", "2017-10-31T22:10:47Z")]
        [InlineData(" Tue Oct 31 22:10:47 +0000 2017 ", "2017-10-31T22:10:47Z")]
        [InlineData("Mon Aug 29 03:20:05 +0000 2011", "2011-08-29T03:20:05Z")]
        [InlineData("Thu Feb 29 00:00:00 +0000 2024", "2024-02-29T00:00:00Z")]
        [InlineData("Tue Oct 31 22:10:47 +0130 2017", "2017-10-31T20:40:47Z")]
        [InlineData("Tue Oct 31 22:10:47 -0800 2017", "2017-11-01T06:10:47Z")]
        [InlineData("Sun Dec 31 23:30:00 -0100 2017", "2018-01-01T00:30:00Z")]
        [InlineData("Mon Jan 01 00:15:00 +0530 2018", "2017-12-31T18:45:00Z")]
        public void Reads_the_TWCS_form_and_applies_its_offset(string raw, string expectedUtc)
        {
            Assert.True(TwcsFields.TryParseTimestamp(raw, out var utc));
            Assert.Equal(DateTimeKind.Utc, utc.Kind);
            Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, utc);
        }

        [Theory]
        [InlineData("2017-10-31T22:10:47Z", "2017-10-31T22:10:47Z")]
        [InlineData("2017-10-31T22:10:47+00:00", "2017-10-31T22:10:47Z")]
        [InlineData("2017-10-31 22:10:47+00:00", "2017-10-31T22:10:47Z")]
        [InlineData("2017-10-31T22:10:47+01:30", "2017-10-31T20:40:47Z")]
        [InlineData("2017-10-31T22:10:47-08:00", "2017-11-01T06:10:47Z")]
        [InlineData("2017-10-31T22:10:47.250Z", "2017-10-31T22:10:47.25Z")]
        public void Reads_ISO_8601_with_Z_or_an_offset(string raw, string expectedUtc)
        {
            Assert.True(TwcsFields.TryParseTimestamp(raw, out var utc));
            Assert.Equal(DateTimeKind.Utc, utc.Kind);
            Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, utc);
        }

        [Theory]
        [InlineData("2017-10-31T22:10:47")]
        [InlineData("2017-10-31 22:10:47")]
        [InlineData("2017-10-31")]
        public void Refuses_ISO_without_an_offset_because_the_zone_is_unknown(string raw)
        {
            Assert.False(TwcsFields.TryParseTimestamp(raw, out _));
        }

        [Theory]
        [InlineData("")]
        [InlineData("not a date")]
        [InlineData("Fri Feb 30 10:00:00 +0000 2017")]
        [InlineData("Wed Feb 29 10:00:00 +0000 2017")]
        [InlineData("Tue Apr 31 10:00:00 +0000 2017")]
        [InlineData("Tue Oct 00 22:10:47 +0000 2017")]
        [InlineData("Tue Oct 31 24:10:47 +0000 2017")]
        [InlineData("Tue Oct 31 22:60:47 +0000 2017")]
        [InlineData("Tue Oct 31 22:10:60 +0000 2017")]
        [InlineData("Tue Okt 31 22:10:47 +0000 2017")]
        [InlineData("Tue oct 31 22:10:47 +0000 2017")]
        [InlineData("Tue Oct 31 22:10:47 0000 2017")]
        [InlineData("Tue Oct 31 22:10:47 +0000 0000")]
        [InlineData("Tue Oct 31 22-10-47 +0000 2017")]
        [InlineData("Tue Oct 31 22:10:47 +00:0 2017")]
        [InlineData("31/10/2017 22:10")]
        [InlineData("31-10-2017 22.10")]
        [InlineData("2017-02-30T10:00:00Z")]
        [InlineData("Tue Oct 31 22:10:47 +0075 2017")]
        [InlineData("Tue Oct 31 22:10:47 +2400 2017")]
        [InlineData("Mon Jan 01 00:00:00 +0100 0001")]
        [InlineData("Fri Dec 31 23:00:00 -0200 9999")]
        public void Refuses_invalid_dates_offsets_and_other_forms_without_throwing(string raw)
        {
            Assert.False(TwcsFields.TryParseTimestamp(raw, out _));
        }
    }
}
