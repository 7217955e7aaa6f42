namespace Oversight.Documents;

/// <summary>
/// A cache bounded by the bytes its entries weigh: adding past the capacity drops the least recently
/// used entries. An entry heavier than the whole capacity is not kept. Safe for concurrent use.
/// </summary>
public sealed class TemplateCache(long capacity)
{
    readonly Lock gate = new();
    readonly Dictionary<(string Template, Uri? Part), LinkedListNode<Entry>> entries = [];
    readonly LinkedList<Entry> recency = new();

    sealed record Entry((string Template, Uri? Part) Key, object? Value, long Weight);

    public long Capacity { get; } = capacity;

    /// <summary>What the entries now weigh.</summary>
    public long Weight { get; private set; }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public bool Contains((string Template, Uri? Part) key) => TryGet(key, out _);

    public bool TryGet((string Template, Uri? Part) key, out object? value)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }

            value = null;
            return false;
        }
    }

    public void Add((string Template, Uri? Part) key, object? value, long weight)
    {
        if (weight > Capacity)
        {
            return;
        }

        lock (gate)
        {
            if (entries.Remove(key, out var existing))
            {
                recency.Remove(existing);
                Weight -= existing.Value.Weight;
            }

            entries[key] = recency.AddFirst(new Entry(key, value, weight));
            Weight += weight;
            while (Weight > Capacity && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                Weight -= oldest.Value.Weight;
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            recency.Clear();
            Weight = 0;
        }
    }
}
