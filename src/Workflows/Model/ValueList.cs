using System.Collections;

namespace CaseFlow.Workflows.Model;

/// <summary>An immutable list that compares by its elements.</summary>
/// <remarks>
/// Model records hold their collections in this type so that record equality is structural: parsing the same bytes
/// twice gives equal models (R89), and the engine can compare elements of two versions (migration, R83) without
/// custom comparers.
/// </remarks>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        var array = items.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
