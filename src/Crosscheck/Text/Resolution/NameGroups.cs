namespace Crosscheck.Text.Resolution;

/// <summary>Union-find over name forms; the root of a group is its earliest form.</summary>
internal sealed class NameGroups
{
    private readonly int[] _parents;

    public NameGroups(int count)
    {
        _parents = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parents[i] = i;
        }
    }

    public int Find(int i)
    {
        while (_parents[i] != i)
        {
            _parents[i] = _parents[_parents[i]];
            i = _parents[i];
        }

        return i;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra < rb)
        {
            _parents[rb] = ra;
        }
        else if (rb < ra)
        {
            _parents[ra] = rb;
        }
    }
}
