#!/usr/bin/env bash
# Redraws docs/charts/*.svg with the impha tool: one chart per login table, the cluster point at half the table's
# largest row (active/active: on the busiest node; active/standby: the group's total).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build samples/ImpHa.Planner -c Release -v quiet -nologo > /dev/null
impha() { dotnet samples/ImpHa.Planner/bin/Release/net10.0/impha.dll "$@"; }
for profile in 500 1000 2000 5000 15000 25000; do
  for deployment in active-active active-standby; do
    largest=$(impha table login --profile "$profile" --deployment "$deployment" --format csv | tail -n 1 | cut -d, -f3)
    users=$(( largest / 2 ))
    impha --profile "$profile" --deployment "$deployment" --node-users "$users,0" --chart "docs/charts/$profile-$deployment.svg" > /dev/null
    echo "docs/charts/$profile-$deployment.svg ($users users)"
  done
done
