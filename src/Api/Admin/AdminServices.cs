using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Organisation;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Api.Admin;

/// <summary>What the admin handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed class AdminServices(
    SqlUserStore users, IJurisdictionDirectory directory, SqlJurisdictionStore jurisdictions, TimeProvider time, ILogger<AdminServices> logger)
{
    public SqlUserStore Users { get; } = users;

    public IJurisdictionDirectory Directory { get; } = directory;

    public SqlJurisdictionStore Jurisdictions { get; } = jurisdictions;

    public TimeProvider Time { get; } = time;

    public ILogger<AdminServices> Logger { get; } = logger;
}
