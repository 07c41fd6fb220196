#!/bin/sh
# Installs the 'mirage' command: scripts/install.sh [PREFIX]   (PREFIX default: ~/.local)
#
#   PREFIX/lib/mirage/        the jar, the precompiled catalogue (mirage-cache), the launcher
#                             and its class-data-sharing archive, made here for this place
#   PREFIX/bin/mirage         a link to the launcher: put PREFIX/bin on your PATH
#   PREFIX/share/bash-completion/completions/mirage
#                             shell completion (bash; zsh with 'autoload bashcompinit')
#
# Run it from a clone of Mirage; it builds the jar first ('mvn -B package') if there is none.
# Running it again replaces the installed copy. To remove it, delete those three places.
set -eu
prefix=${1:-"$HOME/.local"}
project=$(cd "$(dirname "$0")/.." && pwd -P)
target="$project/target"

if [ ! -f "$target/mirage.jar" ] || [ ! -d "$target/mirage-cache" ]; then
  echo "mirage: building the jar first (mvn -B package -DskipTests)" >&2
  (cd "$project" && mvn -B -q package -DskipTests)
fi

mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd -P)
lib="$prefix/lib/mirage"
bin="$prefix/bin"
completions="$prefix/share/bash-completion/completions"
mkdir -p "$lib" "$bin" "$completions"

cp "$target/mirage.jar" "$lib/mirage.jar"
rm -rf "$lib/mirage-cache"
cp -R "$target/mirage-cache" "$lib/mirage-cache"
# The launcher, and its class-data-sharing archive trained where the jar now is (an archive
# names the jar's path: the one made in target/ would not be used from here).
sh "$project/src/main/launcher/install" "$lib" "$project" >/dev/null
ln -sf "$lib/mirage" "$bin/mirage"
"$bin/mirage" generate-completion > "$completions/mirage"

echo "mirage: installed $bin/mirage ($("$bin/mirage" --version))"
echo "mirage: shell completion in $completions/mirage"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "mirage: $bin is not on your PATH; add it, e.g. in ~/.profile: export PATH=\"$bin:\$PATH\"" ;;
esac
