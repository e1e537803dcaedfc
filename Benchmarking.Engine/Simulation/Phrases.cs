namespace Benchmarking.Engine.Simulation;

/// <summary>
/// The short texts simulated posts are made of: invented phrases, never TWCS text. Some contain commas, quotes and
/// non-ASCII characters so the CSV quoting and UTF-8 paths are exercised.
/// </summary>
internal static class Phrases
{
    /// <summary>Opening complaints and questions, by industry; industries not listed use <see cref="Generic"/> only.</summary>
    public static IReadOnlyDictionary<string, string[]> ByIndustry { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["airlines"] =
        [
            "my bag is lost, landed 3 hours ago and nothing on the belt",
            "flight delayed again. Any idea when we board?",
            "can I change my seat without paying the fee?",
            "cancelled flight and no rebooking offered, what now",
            "the app won't let me check in",
            "stuck on the tarmac for an hour with no update",
            "my refund for the cancelled trip still hasn't arrived",
            "missed my connection because of your delay. \"Customer first\" they said",
            "is the lounge open during the renovation?",
            "crew on the early flight were fantastic today 👏",
        ],
        ["telecom"] =
        [
            "internet has been down since this morning",
            "why is my bill higher than last month?",
            "no signal at home for 3 days now",
            "upgrade offer in the app doesn't work",
            "speeds are a fraction of what I pay for",
            "been on hold for 45 minutes, is anyone there?",
            "roaming charges, again. I turned roaming off!",
            "the technician never showed up for the appointment",
            "my number port is stuck \"in progress\"",
            "router keeps rebooting every few minutes",
        ],
        ["retail"] =
        [
            "my order says delivered but nothing arrived",
            "where is my refund? It's been two weeks",
            "item arrived damaged, how do I return it",
            "the discount code isn't working at checkout",
            "charged twice for the same order",
            "click & collect order still not ready",
            "wrong size sent, need an exchange before Friday",
            "loved the service in store today, thank you",
            "is this back in stock anytime soon?",
            "tracking hasn't updated in 5 days",
        ],
    };

    /// <summary>Openings that fit any brand.</summary>
    public static string[] Generic { get; } =
    [
        "can someone help me with my account?",
        "I've sent a DM, no answer yet",
        "your website keeps giving me an error",
        "really disappointed with the service today",
        "how do I make a complaint?",
        "still waiting for a callback, please help",
        "great help from your team, thanks!",
        "is there an outage right now?",
        "password reset email never arrives",
        "très déçu du service client",
    ];

    /// <summary>Customer follow-ups to a brand reply.</summary>
    public static string[] FollowUps { get; } =
    [
        "thanks, just sent the details by DM",
        "still no update, any news?",
        "that didn't help, the problem is still there",
        "ok, done. What happens next?",
        "thank you, sorted now!",
        "I already tried that, twice",
        "sent it an hour ago, please check",
        "really? That's the best you can do?",
    ];

    /// <summary>Brand replies (after the <c>@customer</c> prefix).</summary>
    public static string[] Replies { get; } =
    [
        "Sorry to hear that. Please DM us your reference and we'll look into it.",
        "We're sorry for the trouble. Can you follow and DM us so we can help?",
        "Thanks for reaching out! We'd be happy to help, please send us a DM.",
        "We understand your frustration. Our team is looking into this now.",
        "Glad to hear it! Have a great day.",
        "Hi there, we can help with that. Which email is on the account?",
        "Apologies for the wait. We've escalated this for you.",
        "Thanks for your patience, we've replied to your DM.",
        "That's not what we want to hear, let's get this fixed. DM us, please.",
        "We hear you, and we're sorry. Let's take a look together.",
    ];

    /// <summary>The brands' closing broadcast posts (top-level, not replies).</summary>
    public static string[] Broadcasts { get; } =
    [
        "Our care team is here 24/7. Send us a DM and we'll help.",
        "Need help? Tweet us or send a DM, we're listening.",
    ];

    /// <summary>The openings for a brand of <paramref name="industry"/>.</summary>
    public static string[] Openings(string industry) =>
        ByIndustry.TryGetValue(industry, out var specific) ? [.. specific, .. Generic] : Generic;
}
