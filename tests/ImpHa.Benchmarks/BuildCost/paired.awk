# Reads measure-csc.sh's per-run lines ("RUN MODE WALL CPU ...") and prints, per mode, the median over runs of its time
# divided by the same run's "off" time, with the lowest and highest ratio. Pairing each mode with the analyzers-off
# compile of the same run takes out the machine's drift between runs, which on a busy two-core machine is larger than
# the differences measured. awk -v base=without pairs with another mode instead.
BEGIN { if (base == "") base = "off" }
$2 == base { offc[$1] = $4; offw[$1] = $3 }
$2 != base && $1 ~ /^[0-9]+$/ && ($1 in offc) { n[$2]++; c[$2, n[$2]] = $4 / offc[$1]; w[$2, n[$2]] = $3 / offw[$1]; modes[$2] = 1 }
function median(arr, m, k,   i, j, t, v) { for (i = 1; i <= k; i++) v[i] = arr[m, i]; for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t } return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2 }
function lo(arr, m, k,   i, x) { x = 99; for (i = 1; i <= k; i++) if (arr[m, i] < x) x = arr[m, i]; return x }
function hi(arr, m, k,   i, x) { x = 0; for (i = 1; i <= k; i++) if (arr[m, i] > x) x = arr[m, i]; return x }
END { for (m in modes) printf "%-10s cpu/" base " median %+.1f %% (%+.1f .. %+.1f), wall/" base " median %+.1f %%\n", m, (median(c, m, n[m]) - 1) * 100, (lo(c, m, n[m]) - 1) * 100, (hi(c, m, n[m]) - 1) * 100, (median(w, m, n[m]) - 1) * 100 }
