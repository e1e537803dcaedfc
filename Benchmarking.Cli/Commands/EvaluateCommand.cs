using System.CommandLine;
using System.Globalization;
using Benchmarking.Engine.Text;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench evaluate sentiment|intent --data FILE</c>: score a labelled file with the shipped model and rules and
/// print how well they do, so anyone can check them on their own labelled sample.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Command Create(CliContext context, CommonOptions common)
    {
        var sentimentFile = new LabelledFileOptions();
        var scheme = new Option<string>("--scheme")
        {
            Description = "Label scheme: names (negative/neutral/positive, neg/neu/pos), -1/0/1, 0/1/2 or 0/2/4. Default auto: names, or the numeric scheme the values present fit.",
            DefaultValueFactory = _ => "auto",
            HelpName = "scheme",
        };
        scheme.AcceptOnlyFromAmong([.. TextModels.SentimentSchemes]);
        var heldOut = new Option<bool>("--airline-held-out")
        {
            Description = "Keep only rows whose tweet_id is in the airline held-out split (the airline tweets the shipped model never trained on).",
        };
        var sentiment = new Command("sentiment", "Score a labelled file with the sentiment model: accuracy and macro-F1 with 95% bootstrap intervals, per-class recall and F1, the confusion matrix, and true, counted and estimated class shares.");
        sentimentFile.AddFileOptions(sentiment);
        sentiment.Add(heldOut);
        sentiment.Add(scheme);
        sentimentFile.AddModel(sentiment);
        sentiment.SetAction(parse => CommandRunner.Run(context, parse, common, () => Guard(() =>
        {
            var (path, options) = sentimentFile.Read(context, parse, parse.GetValue(heldOut));
            var check = TextModels.EvaluateSentiment(path, options, parse.GetValue(scheme)!, sentimentFile.ModelPath(context, parse));
            PrintSentiment(context.Out, path, check);
            return ExitCodes.Ok;
        })));

        var intentFile = new LabelledFileOptions();
        var rules = new Option<string>("--rules")
        {
            Description = "The text rules (intent cues). Relative to the current directory.",
            DefaultValueFactory = _ => new TextQualityOptions().RulesPath,
            HelpName = "path",
        };
        var intent = new Command("intent", "Score a labelled complaint / not-complaint file with the intent rules and model: complaint precision, recall and F1, and the true and detected complaint shares.");
        intentFile.AddFileOptions(intent);
        intentFile.AddModel(intent);
        intent.Add(rules);
        intent.SetAction(parse => CommandRunner.Run(context, parse, common, () => Guard(() =>
        {
            var (path, options) = intentFile.Read(context, parse, airlineHeldOut: false);
            var rulesPath = context.ResolveShipped(parse.GetValue(rules)!, CommonOptions.IsDefault(parse, rules));
            var (e, skipped) = TextModels.EvaluateComplaints(path, options, intentFile.ModelPath(context, parse), rulesPath);
            var o = context.Out;
            o.WriteLine(string.Create(Invariant, $"{path}: {e.TestCount} labelled posts evaluated, {skipped} skipped."));
            o.WriteLine(string.Create(Invariant, $"Complaint precision {e.Precision:0.000}, recall {e.Recall:0.000}, F1 {e.F1:0.000}, accuracy {e.Accuracy:0.000}."));
            o.WriteLine(string.Create(Invariant, $"Complaint share: true {e.TrueShare:0.000}, detected (counted) {e.PredictedShare:0.000}."));
            o.WriteLine(string.Create(Invariant, $"Confusion (label × detected): not complaint {e.TrueNegatives} / {e.FalsePositives}; complaint {e.FalseNegatives} / {e.TruePositives}. Detected complaints that are also questions: {e.QuestionComplaints}."));
            return ExitCodes.Ok;
        })));

        return new Command("evaluate", "Check the text models on your own labelled sample: sentiment or complaint detection, with accuracy and the class shares they give.")
        {
            sentiment,
            intent,
        };
    }

    private static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (TextModelException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static void PrintSentiment(TextWriter o, string path, SentimentCheck check)
    {
        var (e, skipped, estimate) = check;
        o.WriteLine(string.Create(Invariant, $"{path}: {e.TestCount} labelled posts evaluated, {skipped} skipped."));
        o.WriteLine(string.Create(Invariant, $"Accuracy {e.Accuracy:0.000} [{e.AccuracyInterval.Lower:0.000}, {e.AccuracyInterval.Upper:0.000}], macro-F1 {e.MacroF1:0.000} [{e.MacroF1Interval.Lower:0.000}, {e.MacroF1Interval.Upper:0.000}] (95% bootstrap intervals)."));
        o.WriteLine();
        o.WriteLine($"{"class",-10}{"recall",8}{"F1",8}{"true share",12}{"counted",10}  estimated share ({ShareEstimator.Version}) [95% interval]");
        string[] names = ["negative", "neutral", "positive"];
        for (var c = 0; c < 3; c++)
        {
            var estimated = estimate is null ? "(the model records no validation)" : string.Create(Invariant, $"{estimate.Estimated[c]:0.000} [{estimate.Intervals[c].Lower:0.000}, {estimate.Intervals[c].Upper:0.000}]");
            o.WriteLine(string.Create(Invariant, $"{names[c],-10}{e.Recall[c],8:0.000}{e.F1[c],8:0.000}{e.TrueShares[c],12:0.000}{e.PredictedShares[c],10:0.000}  {estimated}"));
        }

        o.WriteLine();
        o.WriteLine($"Confusion (rows: label, columns: predicted)");
        o.WriteLine($"{string.Empty,-10}{"negative",10}{"neutral",10}{"positive",10}");
        for (var a = 0; a < 3; a++)
        {
            o.WriteLine(string.Create(Invariant, $"{names[a],-10}{e.Confusion[a][0],10}{e.Confusion[a][1],10}{e.Confusion[a][2],10}"));
        }
    }
}
