#!/usr/bin/env bash
# Saves screenshots of the admin app's main screens (demo space, real headless Chromium) to docs/screenshots/.
# Needs Debian's chromium and chromium-driver: sudo apt-get install -y chromium chromium-driver
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
./mvnw -q -B verify -Dit.test=ScreensIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dduet.screenshots="$PWD/docs/screenshots"
ls -1 docs/screenshots
