using System.Globalization;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// The keys that splits over a group's members use: a member's place as six digits, so that ties between equal
/// remainders go to the member first in canonical order. Made once per reconciliation, as many as are asked for.
/// </summary>
internal sealed class MemberKeys
{
    private readonly List<string> _keys = [];

    public string this[int member]
    {
        get
        {
            while (_keys.Count <= member) _keys.Add(_keys.Count.ToString("D6", CultureInfo.InvariantCulture));
            return _keys[member];
        }
    }
}
