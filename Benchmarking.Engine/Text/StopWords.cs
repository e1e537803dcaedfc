namespace Benchmarking.Engine.Text;

/// <summary>
/// English function words, Twitter filler and greetings that never start or end a discovered phrase
/// (<see cref="ThemeDiscovery"/>). A fixed list, so discovery does not change with the data.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(
        """
        a about above after again against all also am an and any are aren't as at be because been before being below
        between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for
        from further get got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
        himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's like me more most
        mustn't my myself no nor not now of off on once only or other ought our ours ourselves out over own same shan't
        she she'd she'll she's should shouldn't so some still such than that that's the their theirs them themselves then
        there there's these they they'd they'll they're they've this those through to too under until up us very was
        wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why
        why's will with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
        im ive dont cant wont didnt doesnt isnt thats youre theyre ur u r pls plz please thanks thank thx hi hey hello
        yes yeah ok okay lol amp via rt dm one get gets getting go going gone even really much many every ever never
        ago since yet already always back way want wants need needs know make made see still today tomorrow yesterday
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="token"/> (lower case) is a stop word.</summary>
    public static bool Contains(string token) => Words.Contains(token);
}
