namespace ImpHa
{
    static partial class HaLoginProfiles
    {
        /// <summary>Looks up the limits for <paramref name="activeUsers"/>, rounded up to the next row of the profile's table.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">Fewer than 1 user, or more than the profile covers; the message names the profile's maximum and the smallest profile that fits.</exception>
        public static ReLoginLimits GetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers)
        {
            ReLoginLimits limits;
            if (TryGetLimits(profile, deployment, activeUsers, out limits))
            {
                return limits;
            }

            throw OutOfRange(profile, deployment, activeUsers);
        }

        /// <summary>Like <see cref="TryGetLimits(HardwareProfile, HaDeployment, int, out ReLoginLimits)"/>, for a cluster whose Critical Service Down Delay is <paramref name="criticalServiceDownDelaySeconds"/>: the lower limit is the delay ("the lower retry limit should be set to this value", procedure step 5) and the upper limit is the table row's, which Cisco does not change with the delay.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
        /// <param name="limits">The limits, when the method returns true.</param>
        /// <returns>False where the table has no row for the users, or the delay is below 1.</returns>
        public static bool TryGetLimitsForDelay(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds, out ReLoginLimits limits)
        {
            if (criticalServiceDownDelaySeconds < 1 || !TryGetLimits(profile, deployment, activeUsers, out limits))
            {
                limits = default(ReLoginLimits);
                return false;
            }

            limits = new ReLoginLimits(criticalServiceDownDelaySeconds, limits.UpperLimit, limits.TableActiveUsers);
            return true;
        }

        /// <summary>Like <see cref="GetLimits(HardwareProfile, HaDeployment, int)"/>, for a cluster whose Critical Service Down Delay is <paramref name="criticalServiceDownDelaySeconds"/>: the lower limit is the delay, the upper limit the table row's; see <see cref="TryGetLimitsForDelay"/>.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The delay is below 1, or the users are out of the table's range.</exception>
        public static ReLoginLimits GetLimitsForDelay(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds)
        {
            if (criticalServiceDownDelaySeconds < 1)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(criticalServiceDownDelaySeconds), criticalServiceDownDelaySeconds, "The Critical Service Down Delay must be at least 1 second.");
            }

            ReLoginLimits limits;
            if (TryGetLimitsForDelay(profile, deployment, activeUsers, criticalServiceDownDelaySeconds, out limits))
            {
                return limits;
            }

            throw OutOfRange(profile, deployment, activeUsers);
        }

        /// <summary>Obsolete: the same as <see cref="TryGetLimitsForDelay"/>. The lower limit is the delay and the upper limit the table row's; Cisco's document does not change the upper limit with the delay.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
        /// <param name="limits">The limits, when the method returns true.</param>
        /// <returns>False where the table has no row for the users, or the delay is below 1.</returns>
        [global::System.Obsolete("Cisco's upper limit is the table row's whatever the delay (procedure step 3; step 5 sets only the lower limit). Call HaLoginProfiles.TryGetLimitsForDelay.")]
        public static bool TryGetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds, out ReLoginLimits limits)
        {
            return TryGetLimitsForDelay(profile, deployment, activeUsers, criticalServiceDownDelaySeconds, out limits);
        }

        /// <summary>Obsolete: the same as <see cref="GetLimitsForDelay"/>. The lower limit is the delay and the upper limit the table row's; Cisco's document does not change the upper limit with the delay.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The delay is below 1, or the users are out of the table's range.</exception>
        [global::System.Obsolete("Cisco's upper limit is the table row's whatever the delay (procedure step 3; step 5 sets only the lower limit). Call HaLoginProfiles.GetLimitsForDelay.")]
        public static ReLoginLimits GetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds)
        {
            return GetLimitsForDelay(profile, deployment, activeUsers, criticalServiceDownDelaySeconds);
        }

        /// <summary>The number of active users Cisco's tables are read with: for active/active the node with the most users, for active/standby the group's total.</summary>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="firstNodeUsers">Users on the first node, 0 or more.</param>
        /// <param name="secondNodeUsers">Users on the second node, 0 or more.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">A user count is negative.</exception>
        public static int EffectiveActiveUsers(HaDeployment deployment, int firstNodeUsers, int secondNodeUsers)
        {
            if (firstNodeUsers < 0)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(firstNodeUsers), firstNodeUsers, "A node cannot have a negative number of users.");
            }

            if (secondNodeUsers < 0)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(secondNodeUsers), secondNodeUsers, "A node cannot have a negative number of users.");
            }

            if (deployment == HaDeployment.ActiveActive)
            {
                return firstNodeUsers > secondNodeUsers ? firstNodeUsers : secondNodeUsers;
            }

            long total = (long)firstNodeUsers + secondNodeUsers;
            return total > int.MaxValue ? int.MaxValue : (int)total;
        }

        /// <summary>The limits to set on both nodes of a presence redundancy group, applying <see cref="EffectiveActiveUsers"/>.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="firstNodeUsers">Users on the first node, 0 or more.</param>
        /// <param name="secondNodeUsers">Users on the second node, 0 or more.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">A count is negative, both are 0, or the users exceed the profile.</exception>
        public static ReLoginLimits ForRedundancyGroup(HardwareProfile profile, HaDeployment deployment, int firstNodeUsers, int secondNodeUsers)
        {
            return GetLimits(profile, deployment, EffectiveActiveUsers(deployment, firstNodeUsers, secondNodeUsers));
        }

        /// <summary>The largest number of active users the profile's table covers for the deployment type, or 0 where there is no table. Active/active tables stop at half the capacity: each node carries half.</summary>
        /// <param name="profile">The hardware profile.</param>
        /// <param name="deployment">The deployment type.</param>
        public static int MaxActiveUsers(HardwareProfile profile, HaDeployment deployment)
        {
            int table = TableOf(profile, deployment);
            return table >= 0 ? TableIndex[table] : 0;
        }

        /// <summary>Finds the smallest hardware profile whose table covers <paramref name="activeUsers"/> for the deployment type.</summary>
        /// <param name="deployment">The deployment type.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="profile">The profile, when the method returns true.</param>
        /// <returns>False for fewer than 1 user or more than the largest profile covers.</returns>
        public static bool TryFindSmallestProfile(HaDeployment deployment, int activeUsers, out HardwareProfile profile)
        {
            // The first ProfileSlots entries of TableIndex are the profiles' capacities (0: no profile in that slot).
            int smallest = 0;
            for (int slot = 0; slot < ProfileSlots && activeUsers >= 1; slot++)
            {
                int capacity = TableIndex[slot];
                if (capacity != 0 && (smallest == 0 || capacity < smallest) && MaxActiveUsers((HardwareProfile)capacity, deployment) >= activeUsers)
                {
                    smallest = capacity;
                }
            }

            profile = (HardwareProfile)smallest;
            return smallest != 0;
        }
    }
}
