#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# vaultview-cli's bash completion offers what the command line takes at each position.
# Usage: completion.sh COMPLETION_FILE SAMPLE_VAULT. Exit 77 (skipped) without bash-completion.
set -u
[ -f /usr/share/bash-completion/bash_completion ] || exit 77
source /usr/share/bash-completion/bash_completion
source "$1"
vault=$2
failures=0
expect() {
    local want=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _vaultview_cli
    local got="${COMPREPLY[*]}"
    if [ "$got" != "$want" ]; then
        echo "FAIL: '$*' offered '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}
expect "search set-status set-due" vaultview-cli se
expect "owner:" vaultview-cli tasks "$vault" ow
expect "Meetings/" vaultview-cli set-status "$vault" M
expect "in_progress" vaultview-cli set-status "$vault" a.md 3 in
expect "--rebuild" vaultview-cli check "$vault" --re
expect "--no-done-date" vaultview-cli set-status "$vault" --no
expect "" vaultview-cli tasks "$vault" --me ""
[ $failures -eq 0 ] && echo "completion: all cases pass"
exit $((failures > 0))
