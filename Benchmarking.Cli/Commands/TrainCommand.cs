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
        var sentiment = new Command("sentiment", "Train the inbound-mention sentiment model (negative / neutral / positive) on the airline set, print held-out accuracy and macro-F1, and write the model.")
        {
            data,
            output,
            seed,
            holdOut,
        };
        sentiment.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var trainingOptions = new SentimentTrainingOptions
            {
                DataPath = context.ResolvePath(parse.GetValue(data)!),
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
                var (model, evaluation) = SentimentTrainer.Train(trainingOptions, context.CancellationToken);
                model.Save(modelPath);
                var invariant = CultureInfo.InvariantCulture;
                context.Out.WriteLine(string.Create(invariant, $"Trained on {evaluation.TrainCount} tweets; held out {evaluation.TestCount} (seed {trainingOptions.Seed}, {trainingOptions.HoldOutPercent}% by tweet-id hash)."));
                context.Out.WriteLine(string.Create(invariant, $"Held-out accuracy {evaluation.Accuracy:0.0000}, macro-F1 {evaluation.MacroF1:0.0000} (F1 negative {evaluation.F1Negative:0.000}, neutral {evaluation.F1Neutral:0.000}, positive {evaluation.F1Positive:0.000})."));
                context.Out.WriteLine($"Model written to {modelPath} ({new FileInfo(modelPath).Length.ToString(invariant)} bytes).");
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
