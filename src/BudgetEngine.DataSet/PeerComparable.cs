using BudgetEngine.Contracts;

namespace BudgetEngine.DataSet;

/// <summary>
/// A region of the national set in the form a double-entry ledger books the same way: every line paid by one named
/// source (a flexible line by the first source of its pattern, a split line by the DU VO), the misspelt "GNHT" written
/// right, no tags that exclude a source, every source carrying its balance over, every grant a calendar-year grant of
/// its award year without an earmark whose unspent part carries (none lapses or is repaid), rejected grants left out. For such a scenario each source's closing balance in
/// each year is its opening balance plus its grants up to that year minus its lines' costs up to that year: what
/// <c>hledger bal -Y -H</c> reports for the source's account.
/// </summary>
public static class PeerComparable
{
    public static ScenarioDto Of(ScenarioDto region) => region with
    {
        Sources = region.Sources!.Select(s => s with { CarriesOver = true }).ToArray(),
        Grants = region.Grants!
            .Where(g => g.Status != GrantStatusDto.Rejected)
            .Select(g => g with
            {
                Status = GrantStatusDto.Awarded,
                Project = null,
                Unspent = null,
                Period = new PeriodDto { Kind = PeriodKindDto.CalendarYear, Year = g.Period!.Year },
            })
            .ToArray(),
        Lines = region.Lines!.Select(l => l with
        {
            Coverage = new CoverageDto { Kind = CoverageKindDto.Single, Sources = [new CoverageSourceDto { Source = PayingSource(l.Coverage!) }] },
            Tags = [],
        }).ToArray(),
    };

    private static string PayingSource(CoverageDto coverage)
    {
        var source = coverage.Sources![0].Source!;
        return source == "GNHT" ? "GHNT" : source;
    }
}
