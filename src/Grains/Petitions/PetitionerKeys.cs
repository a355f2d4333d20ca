using System.Security.Cryptography;
using System.Text;
using CaseFlow.Grains.Persons;
using Microsoft.Extensions.Options;

namespace CaseFlow.Grains.Petitions;

/// <summary>The repeat-index key of a petition: a keyed hash of the petitioner and the matter category.</summary>
/// <remarks>
/// A registered petitioner is identified by person id; anyone else by name and phone digits. The hash uses the
/// ID-number index secret, so the stored grain key cannot be reversed by trying names and phone numbers.
/// </remarks>
public sealed class PetitionerKeys(IOptions<PersonIdentityOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.IdNumberIndexKey);

    internal string KeyFor(PetitionFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var who = file.PetitionerPersonId is { } personId
            ? "person:" + personId
            : "contact:" + file.PetitionerName.Trim() + "|" + new string((file.PetitionerPhone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(who + "|" + file.MatterCategory)));
    }
}
