#!/usr/bin/env bash
# Installs what the tests and the benchmark need beyond a JDK and Maven:
#  - Debian's Mosquitto (MQTT 5 broker; each test starts its own on a free loopback port);
#  - systemd's systemd-analyze (the installer's unit is checked with `systemd-analyze verify`);
#  - Debian's Chromium and ChromeDriver (the store-ui pages are tested in a real headless browser);
#  - Debian's Tryton 6.0 server with the account_invoice and stock modules (central's ERP adapter
#    tests create a SQLite Tryton database once per build and run `trytond` on a free port).
# Idempotent: installs only the packages that are missing; runs `apt-get update` only when a
# missing package is not known yet. Works as root, uses sudo otherwise.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

PACKAGES=(mosquitto systemd chromium chromium-driver tryton-server tryton-modules-account tryton-modules-account-invoice
  tryton-modules-stock)
missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  for p in "${missing[@]}"; do
    if ! apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      $SUDO apt-get update -q
      break
    fi
  done
  had_mosquitto=0
  [ -x /usr/sbin/mosquitto ] && had_mosquitto=1
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

  # The mosquitto package may start a system-wide broker on port 1883 (where systemd runs); the
  # tests start their own, and the demo wants 1883 for its embedded broker.
  if [ "$had_mosquitto" -eq 0 ] && command -v systemctl >/dev/null 2>&1 \
      && systemctl is-active --quiet mosquitto 2>/dev/null; then
    echo "install-test-deps: stopping and disabling the mosquitto system service (tests start their own)"
    $SUDO systemctl disable --now mosquitto || true
  fi
  # Likewise the tryton-server package may start a system-wide trytond; the tests start their own.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet tryton-server 2>/dev/null; then
    echo "install-test-deps: stopping and disabling the tryton-server system service (tests start their own)"
    $SUDO systemctl disable --now tryton-server || true
  fi
fi

test -x /usr/sbin/mosquitto
test -x /usr/bin/systemd-analyze
# Debian's trytond scripts run /usr/bin/python3; the tests call them by absolute path.
test -x /usr/bin/trytond
test -x /usr/bin/trytond-admin
test -x /usr/bin/chromium
test -x /usr/bin/chromedriver
