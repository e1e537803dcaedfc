namespace Benchmarking.Engine.Text;

/// <summary>
/// The text models' own entry point, composed for the model commands (<c>carebench train</c>, <c>carebench
/// evaluate</c>): train the sentiment model, and score a labelled file with the shipped model and rules. Callers parse
/// options and print; reading the file, its labels, the model and the rules, and the figures are here.
/// </summary>
public static class TextModels
{
    /// <summary>The sentiment label schemes <see cref="EvaluateSentiment"/> accepts (<c>auto</c> tells them apart by the values present).</summary>
    public static IReadOnlyList<string> SentimentSchemes => LabelSchemes.SentimentSchemes;

    /// <summary>Trains the sentiment model reproducibly (same data and seed, same model and figures).</summary>
    /// <exception cref="TextModelException">The labelled data is missing or unusable.</exception>
    public static SentimentTrainingResult TrainSentiment(SentimentTrainingOptions options, CancellationToken cancellationToken = default) =>
        SentimentTrainer.Train(options, cancellationToken);

    /// <summary>
    /// Scores the labelled file at <paramref name="dataPath"/> with the sentiment model at <paramref name="modelPath"/>:
    /// accuracy and macro-F1 with their intervals, per-class figures, and the class shares corrected for the model's
    /// recorded validation (none when the model records no validation).
    /// </summary>
    /// <exception cref="Ingest.InputFileException">The file or a label is unusable (naming the line and how to fix it).</exception>
    /// <exception cref="TextModelException">No labelled row to evaluate, or the model cannot be loaded.</exception>
    public static SentimentCheck EvaluateSentiment(string dataPath, LabelledTextOptions options, string scheme, string modelPath)
    {
        var (rows, skipped) = Read(dataPath, options);
        var labels = LabelSchemes.Sentiments(rows, dataPath, scheme);
        var model = SentimentModel.Load(modelPath);
        var predicted = model.Predict(rows.Select(r => r.Text).ToList());
        var evaluation = SentimentEvaluation.From(labels.Select((l, i) => (l, predicted[i].Sentiment)).ToList());
        var counted = Enumerable.Range(0, 3).Select(p => evaluation.Confusion.Sum(row => row[p])).ToArray();
        var estimated = model.Validation.Count > 0 ? ShareEstimator.Estimate(counted, [.. model.Validation.Select(v => v.Confusion)]) : null;
        return new SentimentCheck(evaluation, skipped, estimated);
    }

    /// <summary>
    /// Scores the labelled complaint / not-complaint file at <paramref name="dataPath"/> with the intent rules at
    /// <paramref name="rulesPath"/> and the sentiment model at <paramref name="modelPath"/>, as the text features detect
    /// complaints.
    /// </summary>
    /// <exception cref="Ingest.InputFileException">The file or a label is unusable (naming the line and how to fix it).</exception>
    /// <exception cref="TextModelException">No labelled row to evaluate, or the model or rules cannot be loaded.</exception>
    public static ComplaintCheck EvaluateComplaints(string dataPath, LabelledTextOptions options, string modelPath, string rulesPath)
    {
        var (rows, skipped) = Read(dataPath, options);
        var labels = LabelSchemes.Complaints(rows, dataPath);
        var model = SentimentModel.Load(modelPath);
        var analyzer = new TextAnalyzer(model, TextRules.Load(rulesPath));
        var predicted = model.Predict(rows.Select(r => r.Text).ToList());
        var evaluation = ComplaintEvaluation.From(rows.Select((r, i) =>
        {
            var intents = analyzer.IntentsOf(TextAnalyzer.StripLeadingHandles(r.Text), predicted[i]);
            return (labels[i], intents.Contains(Intent.Complaint), intents.Contains(Intent.Question));
        }).ToList());
        return new ComplaintCheck(evaluation, skipped);
    }

    private static (IReadOnlyList<LabelledText> Rows, int Skipped) Read(string path, LabelledTextOptions options)
    {
        var rows = LabelledTextFile.Read(path, options, out var skipped);
        return rows.Count > 0 ? (rows, skipped) : throw new TextModelException($"{path}: no labelled rows to evaluate ({skipped} skipped).");
    }
}
