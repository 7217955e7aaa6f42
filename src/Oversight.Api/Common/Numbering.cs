using Marten;

namespace Oversight.Common;

/// <summary>A register that gives numbers in order (programmes of a year, documents of a symbol and year).</summary>
public interface INumberRegister
{
    int Last { get; set; }
}

public static class Numbering
{
    /// <summary>
    /// The next number of a register, which the session stores: 1 for a register not yet opened. The register's
    /// document is kept with optimistic concurrency, so two writers at once cannot take one number: the loser's
    /// command runs again (the app's retry policy) and takes the next.
    /// </summary>
    public static int Next<T>(IDocumentSession session, T? register, Func<T> open) where T : class, INumberRegister
    {
        if (register is null)
        {
            var opened = open();
            opened.Last = 1;
            session.Insert(opened);
            return 1;
        }

        register.Last++;
        session.Update(register);
        return register.Last;
    }
}
