using System.Reflection;
using System.Text.RegularExpressions;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Api.Tests.Infrastructure.Languages;

/// <summary>
/// Every text the API answers with (finding messages, validation errors, problem titles and details) lives in a resource
/// file per language, and exists in Dutch and English alike: a text in one language only would be read in the other's words.
/// </summary>
public class TextCatalogTests
{
    /// <summary>Every catalog of every BudgetEngine assembly the API loads, found by its public static property.</summary>
    public static TheoryData<string> Catalogs()
    {
        var data = new TheoryData<string>();
        foreach (var catalog in All()) data.Add(catalog.Name);
        return data;
    }

    private static IEnumerable<TextCatalog> All() =>
        new[] { typeof(Program).Assembly, typeof(Finding).Assembly, typeof(BudgetEngine.Contracts.ScenarioDto).Assembly, typeof(BudgetEngine.Formats.Write.CsvFile).Assembly }
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(TextCatalog)))
            .Select(p => (TextCatalog)p.GetValue(null)!)
            .DistinctBy(c => c.Name);

    private static TextCatalog Named(string name) => All().Single(c => c.Name == name);

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"(?<!\{)\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_findings_the_validation_errors_and_the_problems_each_have_a_catalog()
    {
        All().Select(c => c.Name.Split('.').Last()).Should().Contain(["FindingMessages", "ValidationMessages", "ProblemMessages"]);
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_text_exists_in_both_languages(string name)
    {
        var catalog = Named(name);
        var english = catalog.All(MessageLanguage.English);
        var dutch = catalog.All(MessageLanguage.Dutch);

        english.Should().NotBeEmpty();
        dutch.Keys.Should().BeEquivalentTo(english.Keys, "a text in one language only would be read in the other's words");
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_text_has_the_same_placeholders_in_both_languages(string name)
    {
        var catalog = Named(name);
        var dutch = catalog.All(MessageLanguage.Dutch);
        foreach (var (id, text) in catalog.All(MessageLanguage.English))
        {
            Placeholders(dutch[id]).Should().Equal(Placeholders(text), id);
        }
    }
}
