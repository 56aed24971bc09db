namespace Crosscheck.Text.Resolution;

/// <summary>
/// Blocks name forms by their last word so that matching is not quadratic: spelling variants
/// and trailing-part containment both need last words equal or within the allowed edits. Keys are
/// the word and its deletion neighbourhood (one deleted letter; two for long words), so any two
/// words within the edit limit share a key.
/// </summary>
internal sealed class LastWordIndex
{
    private readonly Dictionary<string, List<NameForm>> _byKey = new(StringComparer.Ordinal);
    private readonly List<NameForm> _scratch = [];
    private readonly int[] _stamps;
    private readonly int _twoEditLength;
    private int _stamp;

    public LastWordIndex(List<NameForm> forms, int twoEditLength)
    {
        _twoEditLength = twoEditLength;
        _stamps = new int[forms.Count];
        foreach (var form in forms)
        {
            foreach (var key in Keys(form.Words[^1]))
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                if (list.Count == 0 || list[^1] != form)
                {
                    list.Add(form);
                }
            }
        }
    }

    /// <summary>Forms whose last word may match the form's last word, in form order. Reused between calls.</summary>
    public List<NameForm> Candidates(NameForm form)
    {
        _stamp++;
        _scratch.Clear();
        foreach (var key in Keys(form.Words[^1]))
        {
            if (!_byKey.TryGetValue(key, out var list))
            {
                continue;
            }

            foreach (var other in list)
            {
                if (_stamps[other.Index] != _stamp)
                {
                    _stamps[other.Index] = _stamp;
                    _scratch.Add(other);
                }
            }
        }

        _scratch.Sort((a, b) => a.Index.CompareTo(b.Index));
        return _scratch;
    }

    private HashSet<string> Keys(string word)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length < 2)
        {
            return keys;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var once = word.Remove(i, 1);
            keys.Add(once);
            if (word.Length >= _twoEditLength)
            {
                for (var j = i; j < once.Length; j++)
                {
                    keys.Add(once.Remove(j, 1));
                }
            }
        }

        return keys;
    }
}
