namespace Oversight.Common;

/// <summary>One page of a longer list: its lines, which page of how many, and how many lines there are in all.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int PageCount);

public static class Paging
{
    public const int DefaultSize = 100;
    public const int MaxSize = 500;

    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="pageSize"/> lines; a page past the last is empty, a bad number a 400.</summary>
    public static PagedList<T> Of<T>(IReadOnlyList<T> all, int? page, int? pageSize)
    {
        var number = page ?? 1;
        var size = pageSize ?? DefaultSize;
        new Checks()
            .Require(number >= 1, "page", "Số trang bắt đầu từ 1.")
            .Require(size is >= 1 and <= MaxSize, "pageSize", $"Mỗi trang có từ 1 đến {MaxSize} dòng.")
            .ThrowIfAny();
        return new PagedList<T>([.. all.Skip((int)Math.Min(int.MaxValue, (long)(number - 1) * size)).Take(size)], number, size, all.Count,
            Math.Max(1, (all.Count + size - 1) / size));
    }
}
