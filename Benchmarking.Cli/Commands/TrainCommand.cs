using System.CommandLine;
using System.Globalization;
using Benchmarking.Engine.Text;

namespace Benchmarking.Cli.Commands;

/// <summary><c>carebench train sentiment</c>: rebuild the shipped sentiment model reproducibly and print its held-out figures.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var data = new Option<string>("--data")
        {
            Description = "The labelled Twitter US Airline Sentiment Tweets.csv (Kaggle). Relative to the current directory.",
            DefaultValueFactory = _ => new SentimentTrainingOptions().DataPath,
            HelpName = "path",
        };
        var semEval = new Option<string>("--semeval")
        {
            Description = "Folder of the SemEval Twitter sentiment files: 2013–2016 are trained on, the 2017 test set is evaluated. \"\" trains on the airline set alone. Relative to the current directory.",
            DefaultValueFactory = _ => new SentimentTrainingOptions().SemEvalFolder,
            HelpName = "folder",
        };
        var validate = new Option<bool>("--validate")
        {
            Description = "Fit on the training tweets less a validation split (tweet-id hash 20–39) and print its figures only; writes no model. How features and settings are chosen without looking at the evaluation sets.",
        };
        var output = new Option<string>("--model")
        {
            Description = "Where to write the trained model (a zip: model.json + weights.bin, docs/text-quality.md). Relative to the current directory.",
            DefaultValueFactory = _ => new TextQualityOptions().ModelPath,
            HelpName = "path",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the ML.NET context; the same data and seed give the same model and figures.",
            DefaultValueFactory = _ => 1,
            HelpName = "number",
        };
        var holdOut = new Option<int>("--hold-out")
        {
            Description = "Per cent of tweets held out for evaluation, chosen by a hash of the tweet id (never trained on).",
            DefaultValueFactory = _ => 20,
            HelpName = "percent",
        };
        var sentiment = new Command("sentiment", "Train the inbound-mention sentiment model (negative / neutral / positive) on the airline and SemEval sets, print accuracy and macro-F1 on the airline held-out and SemEval-2017 test sets, and write the model.")
        {
            data,
            semEval,
            validate,
            output,
            seed,
            holdOut,
        };
        sentiment.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var trainingOptions = new SentimentTrainingOptions
            {
                DataPath = context.ResolvePath(parse.GetValue(data)!),
                SemEvalFolder = parse.GetValue(semEval) is { Length: > 0 } folder ? context.ResolvePath(folder) : string.Empty,
                ValidationOnly = parse.GetValue(validate),
                Seed = parse.GetValue(seed),
                HoldOutPercent = parse.GetValue(holdOut),
            };
            var problems = trainingOptions.Validate();
            if (problems.Count > 0)
            {
                throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
            }

            var modelPath = context.ResolvePath(parse.GetValue(output)!);
            try
            {
                var result = TextModels.TrainSentiment(trainingOptions, context.CancellationToken);
                var invariant = CultureInfo.InvariantCulture;
                context.Out.WriteLine(string.Create(invariant, $"Trained on {result.TrainCount} tweets ({result.DuplicatesRemoved} dropped as duplicates of an evaluation or earlier tweet; seed {trainingOptions.Seed}, airline held-out {trainingOptions.HoldOutPercent}% by tweet-id hash)."));
                foreach (var (name, e) in result.Evaluations)
                {
                    context.Out.WriteLine(string.Create(invariant, $"{name}: {e.TestCount} tweets, accuracy {e.Accuracy:0.0000} [{e.AccuracyInterval.Lower:0.000}, {e.AccuracyInterval.Upper:0.000}], macro-F1 {e.MacroF1:0.0000} [{e.MacroF1Interval.Lower:0.000}, {e.MacroF1Interval.Upper:0.000}] (F1 negative {e.F1Negative:0.000}, neutral {e.F1Neutral:0.000}, positive {e.F1Positive:0.000})."));
                }

                if (!trainingOptions.ValidationOnly)
                {
                    result.Model.Save(modelPath);
                    context.Out.WriteLine($"Model written to {modelPath} ({new FileInfo(modelPath).Length.ToString(invariant)} bytes).");
                }
            }
            catch (TextModelException e)
            {
                throw new UsageException(e.Message);
            }

            return ExitCodes.Ok;
        }));
        return new Command("train", "Rebuild a text model shipped in data/text/ from its labelled data, reproducibly.")
        {
            sentiment,
        };
    }
}
