using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Core.Tests.Texts;

/// <summary>A catalog lists each language's texts exactly as its own file holds them, so a missing translation shows.</summary>
public class TextCatalogTests
{
    // EnglishOnlyTexts.resx beside this file has one text and no .nl.resx.
    private static TextCatalog EnglishOnly => new("BudgetEngine.Core.Tests.Texts.EnglishOnlyTexts", typeof(TextCatalogTests).Assembly);

    [Fact]
    public void The_texts_of_a_language_without_a_file_are_none_not_the_english_ones()
    {
        EnglishOnly.All(MessageLanguage.English).Should().Equal(new Dictionary<string, string> { ["Untranslated"] = "A text that has no Dutch file." });

        EnglishOnly.All(MessageLanguage.Dutch).Should().BeEmpty();
    }
}
