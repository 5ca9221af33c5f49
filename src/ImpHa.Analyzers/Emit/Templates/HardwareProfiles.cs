namespace ImpHa
{
    static partial class HardwareProfiles
    {
        private static global::System.ArgumentOutOfRangeException UnknownProfile(HardwareProfile profile)
        {
            return new global::System.ArgumentOutOfRangeException(nameof(profile), profile, "Not a hardware profile of the ImpHa tables.");
        }
    }
}
