using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseFlow.Api.Tests.Http;

/// <summary>A database that cannot take a request now (no free connection, a failover) gets 503 and "try again", not 500.</summary>
public sealed class DatabaseBusyTests
{
    [Fact(DisplayName = "A transient database failure answers 503 DATABASE_BUSY with Retry-After, not an internal error")]
    public async Task Transient_database_failure_is_503()
    {
        await using var factory = CaseFlowApiFactory.Sqlite();
        factory.TestServices = services => services.Replace(ServiceDescriptor.Singleton<IJurisdictionDirectory>(new BusyDirectory()));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await CaseFlowApiFactory.SignInAsync(Roles.Admin, client));

        using var response = await client.GetAsync(new Uri("/api/admin/jurisdictions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("DATABASE_BUSY", problem.GetProperty("code").GetString());
    }

    private sealed class BusyDirectory : IJurisdictionDirectory
    {
        public ValueTask<Jurisdiction?> FindAsync(string code, CancellationToken cancellationToken = default) => throw new BusyException();

        public ValueTask<IReadOnlyList<Jurisdiction>> ListAsync(CancellationToken cancellationToken = default) => throw new BusyException();
    }

    /// <summary>What a provider throws when it has no free connection: a database error it marks as transient.</summary>
    private sealed class BusyException() : DbException("too many clients already")
    {
        public override bool IsTransient => true;
    }
}
