using JasperFx;
using Marten;
using Oversight.Accounts;

namespace Oversight.Hosting;

/// <summary>
/// Sessions that pages and services take from the container belong to the signed-in person's council
/// (Wolverine's handlers and endpoints get theirs from the message's tenant). Without a council (signed out,
/// or a system administrator) a session sees only the shared default tenant, where no council's work lives.
/// </summary>
public sealed class CouncilSessions(IDocumentStore store, IHttpContextAccessor http) : ISessionFactory
{
    public IQuerySession QuerySession() => store.QuerySession(Council());

    public IDocumentSession OpenSession() => store.LightweightSession(Council());

    string Council() => http.HttpContext?.User is { } user && Actor.From(user)?.CouncilId is { } council ? council : StorageConstants.DefaultTenantId;
}
