using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Tests.Read;

/// <summary>The funding sources an import makes from the Dekking column when the request names none.</summary>
public sealed class DefaultSourcesTests
{
    private static IEnumerable<string> Sources(params string[] coverage)
    {
        var rows = new[] { "Begroting;2020;Dekking" }.Concat(coverage.Select((c, i) => $"Regel {i};1.000€;{c}"));
        var (table, errors) = BudgetTableReader.Read(CsvParser.Parse(string.Join("\r\n", rows)).Rows);
        errors.Should().BeEmpty();
        return DefaultSources.For(table!).Select(s => $"{s.Code}:{BudgetEngine.Contracts.Json.ApiJson.WireName(s.Kind!.Value)}");
    }

    [Fact]
    public void Known_codes_get_their_kind_in_order_of_first_appearance() =>
        Sources("Projectenpool", "GHNT/ Projectenpool", "DUVO", "dumo", "Gemeente", "Reserve")
            .Should().Equal("Projectenpool:projectenpool", "GHNT:ghnt", "DUVO:duvo", "dumo:dumo", "Gemeente:gemeente", "Reserve:reserve");

    [Fact]
    public void A_name_with_spaces_is_still_the_DU_VO() => Sources("DU VO").Should().Equal("DU VO:duvo");

    [Fact]
    public void Another_name_is_a_source_of_kind_other() => Sources("Provincie").Should().Equal("Provincie:other");

    [Fact]
    public void A_near_miss_of_a_known_code_gets_no_source_so_the_reconciliation_flags_it() => Sources("GHNT", "GNHT").Should().Equal("GHNT:ghnt");
}
