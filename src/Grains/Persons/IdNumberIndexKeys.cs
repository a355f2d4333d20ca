using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Persons;

/// <summary>Turns a normalised ID number into the key of its <c>IPersonIdNumberIndexGrain</c>.</summary>
public sealed class IdNumberIndexKeys(IOptions<PersonIdentityOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.IdNumberIndexKey);

    /// <summary>Lower-case hex of HMAC-SHA256(key, number); 64 characters.</summary>
    public string KeyFor(ResidentIdNumber idNumber) => KeyFor(idNumber.Value);

    /// <summary>The key of an already normalised number, such as the one stored in a profile.</summary>
    public string KeyFor(string normalisedIdNumber)
    {
        ArgumentNullException.ThrowIfNull(normalisedIdNumber);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(normalisedIdNumber)));
    }
}
