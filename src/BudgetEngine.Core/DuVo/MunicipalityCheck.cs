using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Municipalities;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// Flags the municipalities a DU VO plan or distribution names that did not exist in its year, by the
/// <see cref="MunicipalityRegistry"/> it is given: <see cref="DuVoFindingCode.MunicipalityDissolved"/> (with the successors, also as the
/// finding's suggestion) or <see cref="DuVoFindingCode.MunicipalityUnknown"/> (not in the list, or formed after the year). Both are
/// warnings located by the year and the code (the finding's line). A plan of no particular year is not checked.
/// </summary>
public static class MunicipalityCheck
{
    /// <summary>The findings for a plan's centrumgemeente and regiogemeenten.</summary>
    public static IReadOnlyList<Finding> Of(SpendPlan plan, MunicipalityRegistry municipalities)
    {
        if (plan.Year is not { } year) return [];
        var findings = new List<Finding>();
        Add(findings, plan.Centrumgemeente, plan.Name ?? plan.Centrumgemeente, "Municipality.Role.Centrumgemeente", year, municipalities);
        foreach (var regio in plan.Regiogemeenten)
            Add(findings, regio.Code, regio.Name, "Municipality.Role.Regiogemeente", year, municipalities);
        return findings;
    }

    /// <summary>The findings for the centrumgemeenten of a national distribution.</summary>
    public static IReadOnlyList<Finding> Of(DistributionInput distribution, MunicipalityRegistry municipalities)
    {
        var findings = new List<Finding>();
        foreach (var entry in distribution.Centrumgemeenten.OrderBy(e => e.Code, StringComparer.Ordinal))
            Add(findings, entry.Code, entry.Name, "Municipality.Role.Centrumgemeente", distribution.Year, municipalities);
        return findings;
    }

    private static void Add(List<Finding> findings, string text, string name, string role, int year, MunicipalityRegistry municipalities)
    {
        if (!CbsCode.TryParse(text, out var code) || findings.Any(f => f.Line == text)) return;
        var who = MessageArgument.Part(FindingMessage.Of(role, MessageArgument.Text(name), MessageArgument.Text(text)));
        var municipality = municipalities.Find(code);
        switch (municipalities.StandingIn(code, year))
        {
            case MunicipalityStanding.Dissolved:
                var successors = string.Join(", ", municipality!.Successors.Select(s => $"{municipalities.Find(s)?.Name ?? s.Value} ({s.Value})"));
                findings.Add(Finding.Of(DuVoFindingCode.MunicipalityDissolved, Severity.Warning, year, null, text, null,
                    FindingMessage.Of(municipality.Successors.Count == 0 ? "Municipality.Dissolved.NoSuccessor" : "Municipality.Dissolved",
                        who, MessageArgument.Number(year), MessageArgument.Text(MunicipalityRegistry.Iso(municipality.ValidUntil!.Value.AddDays(1))),
                        MessageArgument.Text(successors))) with
                {
                    Suggestion = municipality.Successors.Count == 0 ? null : string.Join(",", municipality.Successors.Select(s => s.Value)),
                });
                break;
            case MunicipalityStanding.NotYetFormed:
                findings.Add(Finding.Of(DuVoFindingCode.MunicipalityUnknown, Severity.Warning, year, null, text, null,
                    FindingMessage.Of("Municipality.NotYetFormed", who, MessageArgument.Number(year), MessageArgument.Text(MunicipalityRegistry.Iso(municipality!.ValidFrom!.Value)))));
                break;
            case MunicipalityStanding.Unknown:
                findings.Add(Finding.Of(DuVoFindingCode.MunicipalityUnknown, Severity.Warning, year, null, text, null,
                    FindingMessage.Of("Municipality.Unknown", who, MessageArgument.Text(municipalities.Source), MessageArgument.Text(MunicipalityRegistry.Iso(municipalities.Date)))));
                break;
        }
    }
}
