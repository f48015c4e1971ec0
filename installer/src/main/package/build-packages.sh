#!/usr/bin/env bash
# Builds the agent's distribution directory, tarball and Debian package (run by Maven in `package`).
# usage: build-packages.sh VERSION AGENT_QUARKUS_APP_DIR CLI_JAR CLI_LIB_DIR OUT_DIR
set -euo pipefail
version=$1 app=$2 cli_jar=$3 cli_lib=$4 out=$5
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$app/quarkus-run.jar" ]; then
  echo "build-packages: $app/quarkus-run.jar is missing; build edge-agent first (mvn package -pl installer -am)" >&2
  exit 1
fi
name="rebound-agent-$version"
rm -rf "$out" && mkdir -p "$out"

# 1. the distribution directory = the tarball's content = /opt/rebound-agent/versions/<version>
dist="$out/$name"
mkdir -p "$dist/bin" "$dist/cli" "$dist/share/systemd" "$dist/share/config"
cp -a "$app" "$dist/app"
cp "$cli_jar" "$dist/cli/rebound-agentctl.jar"
cp "$cli_lib"/*.jar "$dist/cli/"
install -m 0755 "$here/bin/rebound-agent" "$here/bin/rebound-agentctl" "$dist/bin/"
install -m 0644 "$here/systemd/rebound-agent.service" "$dist/share/systemd/"
install -m 0644 "$here/config/agent.properties" "$dist/share/config/"
echo "$version" > "$dist/VERSION"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-11-26 00:00Z' \
  -C "$out" -czf "$out/$name.tar.gz" "$name"

# 2. the Debian package
deb_version=${version/-/\~}
root="$out/deb-root"
mkdir -p "$root/DEBIAN" "$root/opt/rebound-agent/versions" "$root/lib/systemd/system" \
  "$root/etc/rebound" "$root/usr/bin" "$root/var/lib/rebound"
cp -a "$dist" "$root/opt/rebound-agent/versions/$version"
ln -s "versions/$version" "$root/opt/rebound-agent/current"
ln -s /opt/rebound-agent/current/bin/rebound-agentctl "$root/usr/bin/rebound-agentctl"
install -m 0644 "$here/systemd/rebound-agent.service" "$root/lib/systemd/system/"
install -m 0640 "$here/config/agent.properties" "$root/etc/rebound/"
sed "s/@DEB_VERSION@/$deb_version/" "$here/debian/control" > "$root/DEBIAN/control"
install -m 0644 "$here/debian/conffiles" "$root/DEBIAN/"
install -m 0755 "$here/debian/postinst" "$here/debian/prerm" "$here/debian/postrm" "$root/DEBIAN/"
dpkg-deb --root-owner-group --build -Zgzip -z1 "$root" "$out/rebound-agent_${deb_version}_all.deb" >/dev/null
rm -rf "$root"
echo "build-packages: $out/$name.tar.gz, $out/rebound-agent_${deb_version}_all.deb"
