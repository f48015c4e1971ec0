#!/usr/bin/env bash
# Installs what the tests and the benchmark need beyond a JDK and Maven: Debian's Mosquitto (MQTT 5
# broker; each test starts its own on a free loopback port). Idempotent: does nothing when
# /usr/sbin/mosquitto exists; runs `apt-get update` only when the package is not known yet.
# Works as root, uses sudo otherwise.
set -euo pipefail

if [ -x /usr/sbin/mosquitto ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

if ! apt-cache policy mosquitto 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  $SUDO apt-get update -q
fi
$SUDO apt-get install -y -q --no-install-recommends mosquitto

# The package may start a system-wide broker on port 1883 (where systemd runs); the tests start
# their own, and the demo wants 1883 for its embedded broker.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet mosquitto 2>/dev/null; then
  echo "install-test-deps: stopping and disabling the mosquitto system service (tests start their own)"
  $SUDO systemctl disable --now mosquitto || true
fi

test -x /usr/sbin/mosquitto
