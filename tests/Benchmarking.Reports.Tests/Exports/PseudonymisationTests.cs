using System.Text.RegularExpressions;
using Benchmarking.Reports.Exports;

namespace Benchmarking.Reports.Tests.Exports;

public sealed partial class PseudonymisationTests
{
    private static List<string> Customers(ExportOptions options) =>
        ExportTables.Mentions(ExportSupport.Mentions(), options).Rows.Select(r => (string)r[3]!).ToList();

    [Fact]
    public void Customers_are_pseudonymised_by_default()
    {
        var customers = Customers(new ExportOptions());

        Assert.All(customers, c => Assert.Matches(Pseudonym(), c));
        Assert.DoesNotContain(customers, c => c.Contains("alice", StringComparison.OrdinalIgnoreCase) || c.Contains("bob", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_key_gives_the_same_pseudonym_and_handles_differing_only_in_case_are_one_customer()
    {
        var first = Customers(new ExportOptions { PseudonymKey = "k1" });
        var second = Customers(new ExportOptions { PseudonymKey = "k1" });

        Assert.Equal(first, second);
        Assert.Equal(first[0], first[2]);
        Assert.NotEqual(first[0], first[1]);
    }

    [Fact]
    public void Another_key_gives_other_pseudonyms()
    {
        var first = Customers(new ExportOptions { PseudonymKey = "k1" });
        var second = Customers(new ExportOptions { PseudonymKey = "k2" });

        Assert.All(first.Zip(second), p => Assert.NotEqual(p.First, p.Second));
    }

    [Fact]
    public void The_default_key_is_a_documented_constant_so_pseudonyms_are_stable_across_machines()
    {
        var customers = Customers(new ExportOptions());

        Assert.Equal(Customers(new ExportOptions { PseudonymKey = ExportOptions.DefaultPseudonymKey }), customers);
        var docs = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "exports.md"));
        Assert.Contains($"built-in default `{ExportOptions.DefaultPseudonymKey}`", docs, StringComparison.Ordinal);
        Assert.Equal(ExportOptions.DefaultPseudonymKey, new Benchmarking.Engine.Text.TextQualityOptions().PseudonymKey);
    }

    [Fact]
    public void Raw_handles_appear_only_with_show_customers()
    {
        Assert.Equal(["Alice_1", "bob", "alice_1"], Customers(new ExportOptions { ShowCustomers = true }));
    }

    [Fact]
    public void An_empty_key_is_invalid() =>
        Assert.Contains("the pseudonym key must not be empty", new ExportOptions { PseudonymKey = string.Empty }.Validate());

    [GeneratedRegex("^cust-[0-9a-f]{10}$")]
    private static partial Regex Pseudonym();
}
