using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

public sealed class EvaluateCommandTests
{
    private static readonly string ShippedModel = Path.Combine(RepoPaths.Root, "data", "text", "sentiment-model.zip");

    /// <summary>Writes <paramref name="content"/> as <paramref name="name"/> in a fresh folder and evaluates it there.</summary>
    private static CliResult EvaluateFile(string kind, string name, string content, params string[] extra)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine(name), content);
        string[] rules = kind == "intent" ? ["--rules", Path.Combine(RepoPaths.Root, "data", "text", "rules.json")] : [];
        return Carebench.RunIn(temp.Path, ["evaluate", kind, "--data", name, "--model", ShippedModel, .. rules, .. extra]);
    }

    [Fact]
    public void SemEval_2017_figures_are_those_of_the_docs_table()
    {
        var folder = Path.Combine(RepoPaths.SharedData, "semeval-twitter-sentiment");

        var result = Carebench.Run("evaluate", "sentiment", "--data", Path.Combine(folder, "twitter-2017test-A.text.txt"), "--labels", Path.Combine(folder, "twitter-2017test-A.labels.txt"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("12284 labelled posts evaluated, 0 skipped.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Accuracy 0.647 [0.639, 0.656], macro-F1 0.640 [0.631, 0.649]", result.Out, StringComparison.Ordinal);
        Assert.Contains("negative        2780      1046       146", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Airline_held_out_rows_are_selected_by_tweet_id()
    {
        var result = Carebench.Run("evaluate", "sentiment", "--data", Path.Combine(RepoPaths.SharedData, "twitter-us-airline-sentiment", "Tweets.csv"), "--airline-held-out");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("2985 labelled posts evaluated, 11655 skipped.", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("label\ttext\nneg\tworst service ever\npos\tthank you so much\nneu\twhat time do you open\n")]
    [InlineData("text\tsentiment\nworst service ever\t-1\nthank you so much\t1\nwhat time do you open\t0\n")]
    [InlineData("text\tpolarity\nworst service ever\t0\nthank you so much\t4\nwhat time do you open\t2\n")]
    public void Common_label_schemes_are_read(string file)
    {
        var result = EvaluateFile("sentiment", "s.tsv", file);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("3 labelled posts evaluated, 0 skipped.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Confusion (rows: label, columns: predicted)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_outside_the_scheme_names_the_line_but_not_the_text()
    {
        var result = EvaluateFile("sentiment", "s.csv", "text,label\nsecret post one,positive\nsecret post two,great\n");

        Assert.Equal(ExitCodes.InputRejected, result.ExitCode);
        Assert.Contains("s.csv line 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("label column", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Numeric_labels_that_fit_two_schemes_ask_for_one()
    {
        var result = EvaluateFile("sentiment", "s.tsv", "text\tlabel\nfine\t0\ngood\t1\n");

        Assert.Equal(ExitCodes.InputRejected, result.ExitCode);
        Assert.Contains("--scheme", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_says_which_to_name()
    {
        var result = EvaluateFile("sentiment", "s.tsv", "post\tlabel\nfine\tpositive\n");

        Assert.Equal(ExitCodes.InputRejected, result.ExitCode);
        Assert.Contains("--text-column", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complaint_phrased_as_a_question_counts_as_a_complaint()
    {
        var result = EvaluateFile("intent", "c.csv", "text,complaint\n\"@NYTsupport Being charged 2x month. No reply to my email sent months ago. Pls cancel everything! How?\",1\n\"@Delta is there wifi on flight 123 tomorrow?\",0\n");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Complaint precision 1.000, recall 1.000", result.Out, StringComparison.Ordinal);
        Assert.Contains("Detected complaints that are also questions: 1.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_id_hash_keeps_the_rows_whose_id_hashes_into_the_range_and_counts_the_rest()
    {
        var ids = Enumerable.Range(1, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var kept = ids.Count(id => Engine.Text.AirlineSentimentData.IdBucket(id) >= 50);
        var file = "id,text,complaint\n" + string.Concat(ids.Select(id => $"{id},my order {id} never came,1\n"));

        var result = EvaluateFile("intent", "c.csv", file, "--keep-id-hash", "id=50-99");
        var malformed = EvaluateFile("intent", "c.csv", file, "--keep-id-hash", "id=50");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.InRange(kept, 1, 39);
        Assert.Contains($"{kept} labelled posts evaluated, {40 - kept} skipped.", result.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, malformed.ExitCode);
        Assert.Contains("--keep-id-hash must read column=from-to", malformed.Error, StringComparison.Ordinal);
    }

    [ComplaintsDataFact]
    public void Complaint_detection_on_the_held_out_half_of_the_nine_industries_meets_the_targets()
    {
        // Tweet-id hash 50–99: the half that played no part in choosing the question-complaint threshold.
        var result = Carebench.Run("evaluate", "intent", "--data", ComplaintsDataFactAttribute.Path!, "--no-header", "--text-column", "2", "--label-column", "3", "--skip-where", "4=random_reply,random_tweet", "--keep-id-hash", "1=50-99");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("976 labelled posts evaluated, 2473 skipped.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Complaint precision 0.871, recall 0.768, F1 0.816", result.Out, StringComparison.Ordinal);
        var c = Engine.Text.ComplaintValidation.Confusion;
        Assert.Contains($"not complaint {c[0][0]} / {c[0][1]}; complaint {c[1][0]} / {c[1][1]}.", result.Out, StringComparison.Ordinal);
    }
}
