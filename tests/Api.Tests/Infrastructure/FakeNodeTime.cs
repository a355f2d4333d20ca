using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Infrastructure;

/// <summary>Puts a whole node on a fake clock: the one <see cref="TimeProvider"/> every grain, handler and store asks.</summary>
/// <remarks>
/// Tokens are issued at the fake time, so their lifetime is checked against the same clock; otherwise a token issued
/// in March would look expired to a validator that reads the machine's clock in November.
/// </remarks>
public static class FakeNodeTime
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    public static void Use(IServiceCollection services, FakeTimeProvider clock)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is not { } from || from <= now + Skew) && (expires is not { } until || now < until + Skew);
            });
    }
}
