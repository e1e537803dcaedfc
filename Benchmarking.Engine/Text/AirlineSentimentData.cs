using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Reads the Twitter US Airline Sentiment <c>Tweets.csv</c> (Kaggle, 14,640 rows, about 155 duplicated ids) and splits
/// it deterministically: a tweet is held out when SHA-256 of its id, read as a number, falls in the held-out share — the
/// same tweets every run, on every machine, whatever the file order.
/// </summary>
internal static class AirlineSentimentData
{
    /// <summary>The labelled tweets, one per distinct <c>tweet_id</c> (the first occurrence is kept).</summary>
    /// <exception cref="TextModelException">The file is missing or lacks the expected columns.</exception>
    public static IReadOnlyList<LabelledTweet> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new TextModelException($"The labelled sentiment file '{path}' does not exist. Pass the Kaggle Tweets.csv of Twitter US Airline Sentiment (e.g. ../shared/data/twitter-us-airline-sentiment/Tweets.csv).");
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null };
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header
            || !header.Contains("tweet_id") || !header.Contains("airline_sentiment") || !header.Contains("text"))
        {
            throw new TextModelException($"'{path}' is not the Twitter US Airline Sentiment Tweets.csv: it needs the columns tweet_id, airline_sentiment and text.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tweets = new List<LabelledTweet>();
        while (csv.Read())
        {
            var id = csv.GetField("tweet_id") ?? string.Empty;
            var label = csv.GetField("airline_sentiment") ?? string.Empty;
            if (id.Length == 0 || !seen.Add(id))
            {
                continue;
            }

            if (label is not ("negative" or "neutral" or "positive"))
            {
                throw new TextModelException($"'{path}' row {csv.Parser.Row}, column airline_sentiment: '{label}' is not negative, neutral or positive.");
            }

            var confidence = double.TryParse(csv.GetField("airline_sentiment_confidence"), NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 1.0;
            tweets.Add(new LabelledTweet(id, TextNames.ParseSentiment(label), confidence, csv.GetField("text") ?? string.Empty, Airline: true));
        }

        return tweets;
    }

    /// <summary>True when the tweet belongs to the held-out split of <paramref name="holdOutPercent"/> per cent.</summary>
    public static bool IsHeldOut(string tweetId, int holdOutPercent) => IdBucket(tweetId) < holdOutPercent;

    /// <summary>SHA-256 of the id's UTF-8 bytes, first 4 bytes read as a big-endian uint32, mod 100: 0–99.</summary>
    public static int IdBucket(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % 100);
    }
}
