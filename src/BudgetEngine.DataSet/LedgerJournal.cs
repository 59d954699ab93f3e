using System.Globalization;
using System.Text;
using BudgetEngine.Contracts;

namespace BudgetEngine.DataSet;

/// <summary>
/// Peer-comparable regions (<see cref="PeerComparable"/>) as one ledger/hledger journal: per region an asset account per
/// source (<c>Regio X:Bron:DUVO</c>), its opening balance on the first day, each grant booked on 1 January of its year
/// (<c>Regio X:Baten:DUVO</c>), each line's cost in each year on 1 July (<c>Regio X:Lasten:line</c>). Amounts in euros
/// with two decimals and no commodity, so both ledger-cli and hledger read the file as it is.
/// </summary>
public static class LedgerJournal
{
    public static string Write(IEnumerable<ScenarioDto> regions)
    {
        var journal = new StringBuilder();
        journal.AppendLine("; The synthetic national set, peer-comparable form (scripts/generate-dataset --journal). Every figure is made up.");
        foreach (var region in regions)
        {
            var name = Account(region.Organisation!);
            foreach (var source in region.Sources!.Where(s => s.OpeningBalance is > 0m))
            {
                Transaction(journal, region.FirstYear!.Value, 1, 1, $"Beginsaldo {source.Code}", $"{name}:Bron:{source.Code}", $"{name}:Eigen vermogen", source.OpeningBalance!.Value);
            }
            foreach (var grant in region.Grants!)
            {
                Transaction(journal, grant.Period!.Year!.Value, 1, 1, grant.Id ?? grant.Description ?? "Subsidie", $"{name}:Bron:{grant.Source}", $"{name}:Baten:{grant.Source}", grant.Amount!.Value);
            }
            foreach (var line in region.Lines!)
            {
                var source = line.Coverage!.Sources![0].Source!;
                foreach (var (year, amount) in line.Amounts!.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    Transaction(journal, int.Parse(year, CultureInfo.InvariantCulture), 7, 1, line.Name!, $"{name}:Lasten:{Account(line.Name!)}", $"{name}:Bron:{source}", amount);
                }
            }
        }
        return journal.ToString();
    }

    private static void Transaction(StringBuilder journal, int year, int month, int day, string description, string debit, string credit, decimal amount)
    {
        journal.Append(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2} {description}\n");
        journal.Append(CultureInfo.InvariantCulture, $"    {debit}  {amount:0.00}\n");
        journal.Append(CultureInfo.InvariantCulture, $"    {credit}\n\n");
    }

    // Account names end at two spaces or a tab in both tools, and ':' separates their parts.
    private static string Account(string name) => name.Replace(':', ' ').Replace("  ", " ").Trim();
}
