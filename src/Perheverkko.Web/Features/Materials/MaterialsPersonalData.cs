using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Features.Materials;

/// <summary>
/// The material bank keeps one personal detail: the name of the staff member who added each file version, so a reader
/// knows whom to ask. It goes with the version, when the material is removed (docs/materials.md).
/// </summary>
public sealed class MaterialsPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("material-bank", [DataSubject.Staff],
        [
            new(typeof(MaterialVersion), nameof(MaterialVersion.AddedBy), "recorded_by"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
