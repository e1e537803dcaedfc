namespace Benchmarking.Engine.Text;

/// <summary>
/// Computes <see cref="PostFeatures"/> for a batch of posts: the sentiment model on customer posts (in parallel), the
/// rules on every post. Pure: the same posts, model and rules give the same features.
/// </summary>
internal sealed class TextAnalyzer(SentimentModel model, TextRules rules)
{
    private readonly ReplyNormalizer normalizer = new(rules);

    /// <summary>Model and rules versions together: stored with every feature row; a change recomputes all.</summary>
    public string Version => $"m{model.Version}-r{rules.Version}-a{AlgorithmVersion}";

    /// <summary>Bumped when the feature code (not the model or rules) changes meaning.</summary>
    internal const int AlgorithmVersion = 1;

    /// <summary>
    /// The <see cref="Version"/> an analyzer loaded from these files would have, from the files' hashes alone (without
    /// loading the model), so a store whose features are current is recognised cheaply.
    /// </summary>
    /// <exception cref="TextModelException">A file is missing.</exception>
    public static string VersionOf(string modelPath, string rulesPath)
    {
        static string Hash(string path) =>
            File.Exists(path)
                ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))[..12]
                : throw new TextModelException($"The file '{path}' does not exist. Run from the repository folder (the defaults are under data/text/).");
        return $"m{Hash(modelPath)}-r{Hash(rulesPath)}-a{AlgorithmVersion}";
    }

    public PostFeatures[] Analyze(IReadOnlyList<PostText> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var customers = new List<int>();
        for (var i = 0; i < posts.Count; i++)
        {
            if (!posts[i].IsBrand)
            {
                customers.Add(i);
            }
        }

        var scores = model.Predict(customers.Select(i => posts[i].Text).ToList());
        var scoreOf = new SentimentScore?[posts.Count];
        for (var k = 0; k < customers.Count; k++)
        {
            scoreOf[customers[k]] = scores[k];
        }

        var features = new PostFeatures[posts.Count];
        Parallel.For(0, posts.Count, i => features[i] = Analyze(posts[i], scoreOf[i]));
        return features;
    }

    /// <summary>The intent of a customer post: rules first, the model's sentiment where the rules are silent or disagree.</summary>
    public Intent IntentOf(string text, Sentiment sentiment)
    {
        var complaint = rules.Complaint.IsMatch(text);
        var question = rules.Question.IsMatch(text);
        var praise = rules.Praise.IsMatch(text);
        if (complaint)
        {
            return Intent.Complaint;
        }

        if (question)
        {
            return Intent.Question;
        }

        if (praise)
        {
            // "Thanks for nothing": the model arbitrates sarcasm.
            return sentiment == Sentiment.Negative ? Intent.Complaint : Intent.Praise;
        }

        return sentiment switch
        {
            Sentiment.Negative => Intent.Complaint,
            Sentiment.Positive => Intent.Praise,
            _ => Intent.Other,
        };
    }

    private PostFeatures Analyze(PostText post, SentimentScore? score)
    {
        if (post.IsBrand)
        {
            var norm = normalizer.Normalize(post.Text);
            return new PostFeatures(post.Platform, post.PostId, true, null, null, null, string.Empty, norm, ReplyNormalizer.Hash(norm),
                string.Join(',', TextRules.Kinds(rules.Deflection, post.Text)), string.Join(',', TextRules.Kinds(rules.Hedging, post.Text)));
        }

        var s = score!.Value;
        var text = StripLeadingHandles(post.Text);
        return new PostFeatures(post.Platform, post.PostId, false, s.Sentiment, s.Polarity, IntentOf(text, s.Sentiment),
            string.Join(',', TextRules.Kinds(rules.Themes, post.Text)), null, null, string.Empty, string.Empty);
    }

    /// <summary>Drops the leading @handles so "^how …" question openings match after "@AppleSupport how …".</summary>
    private static string StripLeadingHandles(string text)
    {
        var span = text.AsSpan().TrimStart();
        while (span.Length > 0 && span[0] == '@')
        {
            var end = 1;
            while (end < span.Length && (char.IsAsciiLetterOrDigit(span[end]) || span[end] == '_'))
            {
                end++;
            }

            span = span[end..].TrimStart();
        }

        return span.ToString();
    }
}
