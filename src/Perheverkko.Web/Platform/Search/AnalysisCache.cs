using System.Collections.Concurrent;

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// A bounded cache of word analyses. Two generations: lookups read the current one, then the previous one (and
/// bring the entry forward); when the current one is full it becomes the previous one and the oldest generation
/// is dropped. Frequent words therefore stay, and the cache never holds more than twice its capacity.
/// </summary>
public sealed class AnalysisCache<TValue>(int capacity)
{
    private ConcurrentDictionary<string, TValue> current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, TValue> previous = new(StringComparer.Ordinal);
    private readonly Lock rotation = new();

    public int Count => current.Count + previous.Count;

    public TValue GetOrAdd(string key, Func<string, TValue> create)
    {
        if (current.TryGetValue(key, out var value)) return value;
        if (!previous.TryGetValue(key, out value)) value = create(key);
        if (current.Count >= capacity)
            lock (rotation)
                if (current.Count >= capacity)
                {
                    previous = current;
                    current = new ConcurrentDictionary<string, TValue>(StringComparer.Ordinal);
                }
        current[key] = value;
        return value;
    }
}
