using System.Text.Json.Nodes;
using BudgetEngine.Contracts.Municipalities;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Municipalities;

namespace BudgetEngine.Contracts.Tests.Municipalities;

/// <summary>The shipped list of municipalities (docs/reference/cbs-gemeenten.json): valid, and covering what the product names.</summary>
public class ShippedMunicipalitiesTests
{
    private static MunicipalityRegistry Registry => ShippedMunicipalities.Registry;

    [Fact]
    public void The_shipped_list_states_its_source_and_date()
    {
        Registry.Source.Should().StartWith("CBS, Gemeentelijke indelingen per jaar");
        Registry.Date.Should().Be(new DateOnly(2026, 12, 4));
        ShippedMunicipalities.List.Description.Should().Contain("partial").And.Contain("PUT /v1/municipalities");
    }

    [Fact]
    public void The_35_centrumgemeenten_exist_in_every_year_from_2015()
    {
        string[] centrumgemeenten =
        [
            "GM0014", "GM0034", "GM0080", "GM0106", "GM0153", "GM0193", "GM0200", "GM0202", "GM0228", "GM0268", "GM0307", "GM0344",
            "GM0361", "GM0363", "GM0392", "GM0400", "GM0402", "GM0479", "GM0503", "GM0505", "GM0513", "GM0518", "GM0546", "GM0599",
            "GM0687", "GM0758", "GM0772", "GM0794", "GM0796", "GM0855", "GM0917", "GM0935", "GM0957", "GM0983", "GM0995",
        ];
        centrumgemeenten.Should().HaveCount(35).And.OnlyHaveUniqueItems();

        foreach (var code in centrumgemeenten)
            foreach (var year in Enumerable.Range(2015, 12))
                Registry.StandingIn(CbsCode.Parse(code), year).Should().Be(MunicipalityStanding.Exists, $"{code} in {year}");
    }

    [Fact]
    public void Vianen_became_part_of_Vijfheerenlanden_on_1_January_2019()
    {
        var vianen = Registry.Find(CbsCode.Parse("GM0620"))!;

        vianen.ValidUntil.Should().Be(new DateOnly(2018, 12, 31));
        vianen.Successors.Should().Equal(CbsCode.Parse("GM1961"));
        Registry.Find(CbsCode.Parse("GM1961"))!.ValidFrom.Should().Be(new DateOnly(2019, 1, 1));
    }

    [Fact]
    public void Weesp_merged_into_Amsterdam_on_24_March_2022()
    {
        var weesp = Registry.Find(CbsCode.Parse("GM0457"))!;

        weesp.ValidUntil.Should().Be(new DateOnly(2022, 3, 23));
        weesp.Successors.Should().Equal(CbsCode.Parse("GM0363"));
    }

    [Fact]
    public void Every_municipality_of_the_DU_VO_samples_exists_in_its_year()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Samples, "duvo"), "plan-*.json", SearchOption.AllDirectories))
        {
            var year = int.Parse(Path.GetFileName(file).Split('-')[2], System.Globalization.CultureInfo.InvariantCulture);
            var plan = JsonNode.Parse(File.ReadAllText(file))!;
            foreach (var regio in plan["regiogemeenten"]?.AsArray() ?? [])
            {
                var code = regio!["code"]!.GetValue<string>();
                Registry.StandingIn(CbsCode.Parse(code), year).Should().Be(MunicipalityStanding.Exists, $"{code} of {Path.GetFileName(file)}");
            }
        }
    }
}
