using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts.Municipalities;

namespace BudgetEngine.Contracts.Tests.Municipalities;

/// <summary>The wire list of municipalities: read with every broken rule at its field, written back in the same form.</summary>
public class MunicipalityListMapperTests
{
    private static MunicipalityListDto List(params MunicipalityDto[] municipalities) =>
        new() { Source = "CBS, Gemeentelijke indelingen per jaar", Date = "2026-01-01", Municipalities = municipalities };

    [Fact]
    public void The_shipped_list_reads_and_writes_back_unchanged()
    {
        var (registry, errors) = MunicipalityListMapper.Read(ShippedMunicipalities.List);

        errors.Should().BeEmpty();
        MunicipalityListMapper.ToDto(registry!, ShippedMunicipalities.List.Description).Should().BeEquivalentTo(ShippedMunicipalities.List);
    }

    [Fact]
    public void A_date_not_written_as_year_month_day_is_refused_at_its_field()
    {
        var (registry, errors) = MunicipalityListMapper.Read(List(new MunicipalityDto { Code = "GM0620", Name = "Vianen", ValidUntil = "31-12-2018" }));

        registry.Should().BeNull();
        errors.Select(e => e.Path).Should().Equal("/municipalities/0/validUntil");
    }

    [Fact]
    public void A_code_that_is_no_CBS_code_is_refused_at_its_field()
    {
        var (_, errors) = MunicipalityListMapper.Read(List(
            new MunicipalityDto { Code = "gm0620", Name = "Vianen" },
            new MunicipalityDto { Code = "GM0457", Name = "Weesp", ValidUntil = "2022-03-23", Successors = ["Amsterdam"] }));

        errors.Select(e => e.Path).Should().Equal("/municipalities/0/code", "/municipalities/1/successors/0");
    }

    [Fact]
    public void A_list_without_its_date_is_refused()
    {
        var (_, errors) = MunicipalityListMapper.Read(List(new MunicipalityDto { Code = "GM0344", Name = "Utrecht" }) with { Date = null });

        errors.Select(e => e.Path).Should().Equal("/date");
    }
}
