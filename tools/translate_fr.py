"""Fill French translations for given source strings in translations/gpuscope_fr.ts.

    python tools/translate_fr.py   # applies NEW below; then run tools/update_translations.py

A small maintenance aid for strings added after the main translation pass: edit NEW, run, commit.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "translations" / "gpuscope_fr.ts"

NEW: dict[str, str | list[str]] = {
    'No GPU data: choose a GPU to plan for':
        'Aucune donnée GPU : choisissez un GPU pour lequel planifier',
    'the snapshot lists no device':
        "l'instantané ne contient aucun périphérique",
    "'{query}' matches {count} GPUs ({names}); type the model number, or list them with "
    "'gpuscope gpus --search {query}'.":
        "« {query} » correspond à {count} GPU ({names}) ; tapez le numéro de modèle, ou "
        "listez-les avec « gpuscope gpus --search {query} ».",
    "Unknown GPU '{query}'; search the catalogue with 'gpuscope gpus --search TEXT'.":
        "GPU « {query} » inconnu ; cherchez dans le catalogue avec "
        "« gpuscope gpus --search TEXTE ».",
    'the field {field} is empty.':
        'le champ {field} est vide.',
    'Cannot plan for {gpu}: speed {reason}.':
        'Impossible de planifier pour {gpu} : vitesse {reason}.',
    'Cannot plan for {gpu}: its VRAM size is unknown ({reason}).':
        'Impossible de planifier pour {gpu} : sa quantité de VRAM est inconnue ({reason}).',
    'Cannot rank models on {gpu}: its VRAM size is unknown ({reason}); choose a GPU with --gpu '
    'NAME.':
        'Impossible de classer les modèles sur {gpu} : sa quantité de VRAM est inconnue '
        '({reason}) ; choisissez un GPU avec --gpu NOM.',
    'unknown':
        'inconnue',
    "unknown: the GPU's memory bandwidth is unknown ({reason}); set it as a GPU override to "
    "estimate speed":
        "inconnue : la bande passante mémoire du GPU est inconnue ({reason}) ; saisissez-la "
        "comme valeur personnalisée du GPU pour estimer la vitesse",
    "unknown: the GPU's compute peaks are unknown ({reason}); set them as GPU overrides to "
    "estimate compute-bound speed":
        "inconnue : les pics de calcul du GPU sont inconnus ({reason}) ; saisissez-les comme "
        "valeurs personnalisées du GPU pour estimer la vitesse limitée par le calcul",
    'not reported':
        'non communiqué',
    'Speed %1':
        'Vitesse %1',
    "VRAM unknown ({reason}) — needs {needed}; set the GPU's memory as an override to know "
    "whether it fits":
        "VRAM inconnue ({reason}) — il faut {needed} ; saisissez la mémoire du GPU comme valeur "
        "personnalisée pour savoir si le modèle tient",
    '<path to {file}>':
        '<chemin vers {file}>',
    '<original model repository>':
        '<dépôt du modèle original>',
    '<{quant} checkpoint of {model}>':
        '<poids {quant} de {model}>',
    'Total VRAM':
        'VRAM totale',
    "Not scanned yet: Scan looks for GGUF and safetensors models on this computer.":
        "Pas encore analysé : l'analyse cherche les modèles GGUF et safetensors sur cet "
        "ordinateur.",
    "Does not fit: these speeds assume it did. 'How to run it' shows the speed with part of the "
    "model in system RAM.":
        "Ne tient pas : ces vitesses supposent que le modèle tienne. « Comment l'exécuter » "
        "donne la vitesse avec une partie du modèle en mémoire système.",
    'batch {batch}, {bound} -> {value}':
        'lot de {batch}, {bound} -> {value}',
    'Samples per second':
        'Échantillons par seconde',
    'compute-bound':
        'limité par le calcul',
    'memory-bound':
        'limité par la mémoire',
    'samples/s':
        'éch./s',
    '{key} = {value} is outside the sane range {low} to {high}.':
        '{key} = {value} est hors de la plage raisonnable de {low} à {high}.',
    'Settings reset to their defaults; your saved models and GPU overrides are kept.':
        'Réglages rétablis à leurs valeurs par défaut\u202f; vos modèles enregistrés et vos '
        'valeurs personnalisées de GPU sont conservés.',
    '&Import custom models…':
        '&Importer des modèles personnalisés…',
    'Add models from a custom models file (the format of custom_models.json) to your saved '
    'models.':
        "Ajoute à vos modèles enregistrés les modèles d'un fichier de modèles personnalisés "
        '(au format de custom_models.json).',
    'The model, its quantization, the workload (context, batch, prompt…) and the theme go back '
    'to their defaults. The GPU, your saved models and your GPU overrides are kept.':
        'Le modèle, sa quantification, la charge de travail (contexte, lot, invite…) et le '
        'thème reprennent leurs valeurs par défaut. Le GPU, vos modèles enregistrés et vos '
        'valeurs personnalisées de GPU sont conservés.',
    'fresh':
        'à jour',
    'Stale since %1 — %2':
        'Plus à jour depuis %1 — %2',
    'Dismiss these messages':
        'Fermer ces messages',
    'Save as my model…':
        'Enregistrer dans mes modèles…',
    'Keep this Transformer model, with your architecture edits, under a name of your choice: '
    'it is listed under “My saved models”, also after a restart.':
        "Conserve ce modèle Transformer, avec vos modifications d'architecture, sous le nom de "
        'votre choix\xa0: il figure dans «\xa0Mes modèles enregistrés\xa0», y compris après un '
        'redémarrage.',
    'Delete my model':
        'Supprimer mon modèle',
    'Remove the selected model from your saved models (asks first).':
        'Retire le modèle sélectionné de vos modèles enregistrés (après confirmation).',
    'My saved models':
        'Mes modèles enregistrés',
    'Transformer (LLMs, BERT, ViT), convolutional network or multilayer perceptron; “My saved '
    'models” lists the models you saved.':
        'Transformer (LLM, BERT, ViT), réseau convolutif ou perceptron multicouche\u202f; '
        '«\xa0Mes modèles enregistrés\xa0» liste les modèles que vous avez enregistrés.',
    'Name of the model in your list (“My saved models”):':
        'Nom du modèle dans votre liste («\xa0Mes modèles enregistrés\xa0»)\xa0:',
    'Save as my model':
        'Enregistrer dans mes modèles',
    'Type a name for the model.':
        'Saisissez un nom pour le modèle.',
    'A name is at most 200 characters, without line breaks or control characters.':
        'Un nom compte au plus 200 caractères, sans saut de ligne ni caractère de contrôle.',
    'My %1':
        'Mon %1',
    'A model named “%1” is already in your list. Replace it?':
        'Un modèle nommé «\xa0%1\xa0» figure déjà dans votre liste. Le remplacer\u202f?',
    '“%1” is in your saved models.':
        '«\xa0%1\xa0» figure dans vos modèles enregistrés.',
    'Delete “%1” from your saved models? This cannot be undone.':
        'Supprimer «\xa0%1\xa0» de vos modèles enregistrés\u202f? Cette action est '
        'irréversible.',
    '“%1” was deleted from your saved models.':
        '«\xa0%1\xa0» a été supprimé de vos modèles enregistrés.',
    'Import custom models':
        'Importer des modèles personnalisés',
    'gpuscope custom models (*.json);;All files (*)':
        'Modèles personnalisés gpuscope (*.json);;Tous les fichiers (*)',
    'Cannot import these models':
        "Impossible d'importer ces modèles",
    '%n model(s) in this file have the same name as one of yours. Replace yours? (No: keep '
    'yours and skip those.)':
        [
            "%n modèle de ce fichier porte le même nom que l'un des vôtres. Remplacer le "
            'vôtre\u202f? (Non\xa0: garder le vôtre et ignorer celui-ci.)',
            '%n modèles de ce fichier portent le même nom que certains des vôtres. Remplacer '
            'les vôtres\u202f? (Non\xa0: garder les vôtres et ignorer ceux-ci.)',
        ],
    '%n model(s) imported into your saved models.':
        [
            '%n modèle importé dans vos modèles enregistrés.',
            '%n modèles importés dans vos modèles enregistrés.',
        ],
    '{problem} “{name}” stays in your list until gpuscope closes.':
        "{problem} «\xa0{name}\xa0» reste dans votre liste jusqu'à la fermeture de gpuscope.",
    '{problem} Your list of saved models stays as it is until gpuscope closes.':
        "{problem} Votre liste de modèles enregistrés reste telle quelle jusqu'à la fermeture "
        'de gpuscope.',
    '{problem} Your GPU override is used until gpuscope closes.':
        "{problem} Votre valeur personnalisée de GPU reste utilisée jusqu'à la fermeture de "
        'gpuscope.',
    'This GPU reports no UUID, so gpuscope cannot recognise it next time: your override is '
    'used until gpuscope closes, not saved.':
        "Ce GPU n'indique pas d'UUID, gpuscope ne pourra donc pas le reconnaître la prochaine "
        "fois\xa0: votre valeur est utilisée jusqu'à la fermeture de gpuscope, sans être "
        'enregistrée.',
}


def apply(new: dict[str, str | list[str]]) -> int:
    tree = ET.parse(TS)
    done = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        if src not in new:
            continue
        tr = msg.find("translation")
        tr.attrib.pop("type", None)
        value = new[src]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        done += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    print(f"{apply(NEW)} messages translated")
