# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for vaultview-cli: commands, options, vault folders, notes and query terms.

_vaultview_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="index export tasks search set-status set-due history undo redo people decisions duplicates check"
    local options="--index --journal --max-size --me --json --help"

    case $prev in
        --index | --journal)
            _filedir
            return
            ;;
        --max-size | --me | --expect)
            return
            ;;
    esac

    # The command is the first word that is not an option or an option's value.
    local i command="" vault="" position=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --index | --journal | --max-size | --me | --expect) ((i++)) ;;
            -*) ;;
            *)
                ((position++))
                [[ $position -eq 1 ]] && command=${words[i]}
                [[ $position -eq 2 ]] && vault=${words[i]}
                ;;
        esac
    done

    if [[ $cur == -* ]]; then
        case $command in
            set-status) options+=" --no-done-date --expect" ;;
            set-due) options+=" --expect" ;;
            check) options+=" --rebuild" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    case $position in
        0)
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            ;;
        1)
            _filedir -d
            ;;
        2)
            case $command in
                set-status | set-due)
                    # A note of the vault, relative to it.
                    local IFS=$'\n'
                    COMPREPLY=($(cd "${vault/#\~/$HOME}" 2>/dev/null && { compgen -f -X '!*.md' -- "$cur"; compgen -d -S / -- "$cur"; }))
                    compopt -o nospace 2>/dev/null
                    ;;
                tasks | search | decisions)
                    COMPREPLY=($(compgen -W "person: owner: tag: type: status: due: after: before:" -- "$cur"))
                    [[ ${#COMPREPLY[@]} -gt 0 ]] && compopt -o nospace 2>/dev/null
                    ;;
            esac
            ;;
        4)
            case $command in
                set-status) COMPREPLY=($(compgen -W "todo done in_progress cancelled proposed forwarded" -- "$cur")) ;;
                set-due) COMPREPLY=($(compgen -W "none +1d +1w +1m $(date +%F)" -- "$cur")) ;;
            esac
            ;;
    esac
} &&
    complete -F _vaultview_cli vaultview-cli
