using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Texts;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.Tests.Texts;

/// <summary>Two error texts are the same when their catalog, their id and every value in order are.</summary>
public class ErrorTextTests
{
    private static ErrorText SuccessorItself(string code) =>
        ValidationTexts.Of("Municipalities.SuccessorItself", MessageArgument.Text(code));

    [Fact]
    public void Texts_with_the_same_catalog_id_and_values_are_equal()
    {
        SuccessorItself("GM0620").Should().Be(SuccessorItself("GM0620"));
        SuccessorItself("GM0620").GetHashCode().Should().Be(SuccessorItself("GM0620").GetHashCode());
    }

    [Fact]
    public void Texts_differing_in_a_value_are_not_equal()
    {
        SuccessorItself("GM0620").Should().NotBe(SuccessorItself("GM1961"));
    }

    [Fact]
    public void Texts_differing_in_id_are_not_equal()
    {
        ValidationTexts.Of("DuVo.NameMissing").Should().NotBe(ValidationTexts.Of("Municipalities.SourceMissing"));
    }

    [Fact]
    public void The_same_id_in_another_catalog_is_another_text()
    {
        // Two catalogs of the same resources are still two sets of texts: an id means something only within its own.
        var other = new TextCatalog(ValidationTexts.Catalog.Name, typeof(ValidationTexts).Assembly);

        new ErrorText(other, "DuVo.NameMissing", []).Should().NotBe(ValidationTexts.Of("DuVo.NameMissing"));
    }

    [Fact]
    public void A_text_is_not_the_same_as_nothing()
    {
        ValidationTexts.Of("DuVo.NameMissing").Equals(null).Should().BeFalse();
    }
}
