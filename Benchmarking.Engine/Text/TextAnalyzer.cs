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
    internal const int AlgorithmVersion = 2;

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
                : throw new TextModelException($"The file '{path}' does not exist. Run from the repository folder (the defaults are under data/text/), pass --model or --rules, or rebuild the model with 'carebench train sentiment'.");
        return $"m{Hash(modelPath)}-r{Hash(rulesPath)}-a{AlgorithmVersion}";
    }

    /// <summary>Posts per unit of parallel work: each unit scores its customer posts with one feature buffer, then runs the rules.</summary>
    internal const int ChunkSize = 2048;

    /// <summary>
    /// The features of every post, in order. Chunks of <see cref="ChunkSize"/> posts run in parallel on every core, each
    /// scoring its customer posts with the model (features, sparse dot product, softmax) and then applying the rules; the result does
    /// not depend on the chunking (each post's features depend only on its own text).
    /// </summary>
    public PostFeatures[] Analyze(IReadOnlyList<PostText> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var features = new PostFeatures[posts.Count];
        var chunks = (posts.Count + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (c) =>
        {
            var start = c * ChunkSize;
            var end = Math.Min(posts.Count, start + ChunkSize);
            var customers = new List<int>(end - start);
            for (var i = start; i < end; i++)
            {
                if (!posts[i].IsBrand)
                {
                    customers.Add(i);
                }
            }

            var scores = model.Predict(customers.ConvertAll(i => posts[i].Text));
            var templates = new Dictionary<string, string>(StringComparer.Ordinal);
            var k = 0;
            for (var i = start; i < end; i++)
            {
                features[i] = Analyze(posts[i], posts[i].IsBrand ? null : scores[k++], templates);
            }
        });
        return features;
    }

    /// <summary>
    /// A question whose polarity is below this is a complaint too. Chosen on the calibration half of the complaints set
    /// (tweet-id hash 0–49; the highest F1 among −0.3, −0.15, 0, 0.15, 0.3 and none with precision ≥ 0.80 and recall
    /// ≥ 0.75); the figures in <c>docs/text-quality.md</c> are from the other half.
    /// </summary>
    internal const double QuestionComplaintPolarity = -0.15;

    /// <summary>
    /// The intents of a customer post, multi-label, in the order question, complaint, praise (or just other): a
    /// question cue makes it a question; a complaint cue, a negative model sentiment, or a question the model finds more
    /// negative than positive by a margin (polarity &lt; <see cref="QuestionComplaintPolarity"/>) makes it a complaint as well (so a complaint phrased as a question is both,
    /// and "thanks for nothing" is a complaint); praise is a praise cue
    /// or a positive model sentiment on a post that is not a complaint; other when none applies.
    /// </summary>
    public IReadOnlyList<Intent> IntentsOf(ReadOnlySpan<char> text, SentimentScore score)
    {
        var sentiment = score.Sentiment;
        var question = rules.Question.IsMatch(text);
        var complaint = sentiment == Sentiment.Negative || rules.Complaint.IsMatch(text) || (question && score.Polarity < QuestionComplaintPolarity);
        var praise = !complaint && (sentiment == Sentiment.Positive || rules.Praise.IsMatch(text));
        return (question, complaint, praise) switch
        {
            (true, true, _) => BothQuestionAndComplaint,
            (true, false, true) => QuestionAndPraise,
            (true, false, false) => OnlyQuestion,
            (false, true, _) => OnlyComplaint,
            (false, false, true) => OnlyPraise,
            _ => OnlyOther,
        };
    }

    private static readonly Intent[] BothQuestionAndComplaint = [Intent.Question, Intent.Complaint];
    private static readonly Intent[] QuestionAndPraise = [Intent.Question, Intent.Praise];
    private static readonly Intent[] OnlyQuestion = [Intent.Question];
    private static readonly Intent[] OnlyComplaint = [Intent.Complaint];
    private static readonly Intent[] OnlyPraise = [Intent.Praise];
    private static readonly Intent[] OnlyOther = [Intent.Other];

    /// <param name="post">The post.</param>
    /// <param name="score">The model's score of a customer post; null for a brand post.</param>
    /// <param name="templates">The template hash of each normalised reply seen so far in this unit of work: canned replies
    /// repeat, and the hash is a pure function of the text, so each distinct template is hashed once per unit.</param>
    private PostFeatures Analyze(PostText post, SentimentScore? score, Dictionary<string, string> templates)
    {
        if (post.IsBrand)
        {
            var norm = normalizer.Normalize(post.Text);
            if (!templates.TryGetValue(norm, out var hash))
            {
                templates[norm] = hash = ReplyNormalizer.Hash(norm);
            }

            var (deflection, hedging) = rules.ReplyKinds(post.Text);
            return new PostFeatures(post.Platform, post.PostId, true, null, null, null, string.Empty, norm, hash, deflection, hedging);
        }

        var s = score!.Value;
        return new PostFeatures(post.Platform, post.PostId, false, s.Sentiment, s.Polarity, IntentsOf(StripLeadingHandles(post.Text), s),
            rules.Themes.KindsText(post.Text), null, null, string.Empty, string.Empty);
    }

    /// <summary>Drops the leading @handles so "^how …" question openings match after "@AppleSupport how …" (no copy).</summary>
    internal static ReadOnlySpan<char> StripLeadingHandles(ReadOnlySpan<char> text)
    {
        var span = text.TrimStart();
        while (span.Length > 0 && span[0] == '@')
        {
            var end = 1;
            while (end < span.Length && (char.IsAsciiLetterOrDigit(span[end]) || span[end] == '_'))
            {
                end++;
            }

            span = span[end..].TrimStart();
        }

        return span;
    }
}
