"""Fill French translations for given source strings in translations/gpuscope_fr.ts.

    python tools/translate_fr.py   # applies NEW below; then run tools/update_translations.py

A small maintenance aid for strings added after the main translation pass: edit NEW, run, commit.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "translations" / "gpuscope_fr.ts"

NEW: dict[str, str | list[str]] = {
    '<path to {file}>':
        '<chemin vers {file}>',
    '<original model repository>':
        '<dépôt du modèle original>',
    '<{quant} checkpoint of {model}>':
        '<poids {quant} de {model}>',
    'Total VRAM':
        'VRAM totale',
    "Not scanned yet: Scan looks for GGUF and safetensors models on this computer.":
        "Pas encore analysé\xa0: l'analyse cherche les modèles GGUF et safetensors sur cet "
        "ordinateur.",
    "Does not fit: these speeds assume it did. 'How to run it' shows the speed with part of the "
    "model in system RAM.":
        "Ne tient pas\xa0: ces vitesses supposent que le modèle tienne. « Comment l'exécuter » "
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
    # fr-fix: device labels, local NVML vs snapshot, plot menu, concepts with figures
    'Scroll tabs left':
        'Faire défiler les onglets vers la gauche',
    'Scroll tabs right':
        'Faire défiler les onglets vers la droite',
    'checking…':
        'vérification en cours…',
    'NVML on this machine':
        'NVML sur cette machine',
    'Snapshot':
        'Instantané',
    'not supported':
        'non pris en charge',
    "FP32 is 4 bytes per value, FP16 and BF16 2 bytes (BF16 keeps FP32's range), FP8 and INT8 1 "
    'byte, INT4 and FP4 half a byte. Fewer bits also compute faster on Tensor cores: on {gpu}, '
    'BF16 {bf16}, FP8 {fp8}, INT8 {int8}, INT4 {int4} (dense). Accumulating in FP32 is more '
    'accurate; GeForce cards do it at half speed: FP16 with FP32 accumulate {fp16}, with FP16 '
    'accumulate {fp16a16}.':
        'Une valeur FP32 occupe 4 octets, FP16 et BF16 2 octets (BF16 conserve la plage de '
        "FP32), FP8 et INT8 1 octet, INT4 et FP4 un demi-octet. Moins de bits, c'est aussi plus "
        "d'opérations par seconde sur les cœurs Tensor\xa0: sur {gpu}, BF16 {bf16}, FP8 {fp8}, "
        'INT8 {int8}, INT4 {int4} (dense). Accumuler en FP32 est plus précis\u202f; les cartes '
        'GeForce le font à mi-vitesse\xa0: FP16 avec accumulation FP32 {fp16}, avec '
        'accumulation FP16 {fp16a16}.',
    'Text is split into tokens — words, word pieces or characters — before the model sees it: '
    '{model} knows {vocab} different tokens (its vocabulary). English averages about 4 '
    'characters, or 0.75 words, per token; the context length counts tokens, not words: '
    '{context} tokens here, about {words} English words, up to {max_context} for this model.':
        "Le texte est découpé en jetons — mots, morceaux de mots ou caractères — avant d'être "
        'présenté au modèle\xa0: {model} connaît {vocab} jetons différents (son vocabulaire). '
        'En anglais, un jeton fait en moyenne 4 caractères environ, soit 0,75 mot\u202f; la '
        'longueur de contexte se compte en jetons, pas en mots\xa0: {context} jetons ici, soit '
        "environ {words} mots anglais, et jusqu'à {max_context} pour ce modèle.",
    'Text is split into tokens — words, word pieces or characters — before a language model '
    'sees it, and the context length counts tokens, not words. {model} reads images or feature '
    'vectors, not text: it has no tokens.':
        "Le texte est découpé en jetons — mots, morceaux de mots ou caractères — avant d'être "
        'présenté à un modèle de langage, et la longueur de contexte se compte en jetons, pas '
        'en mots. {model} lit des images ou des vecteurs de caractéristiques, pas du texte\xa0: '
        "il n'a pas de jetons.",
    'Snapshot #%1: %2':
        "GPU n°\xa0%1 de l'instantané\xa0: %2",
    'This machine #%1: %2':
        'GPU n°\xa0%1 de cette machine\xa0: %2',
    '%1 (in the snapshot)':
        "%1 (dans l'instantané)",
    'Snapshot: driver %1, CUDA %2':
        'Instantané\xa0: pilote %1, CUDA %2',
    'Checking NVML on this machine…':
        'Vérification de NVML sur cette machine…',
    'NVML not available on this machine':
        'NVML indisponible sur cette machine',
    'NVML on this machine: driver %1, CUDA %2':
        'NVML sur cette machine\xa0: pilote %1, CUDA %2',
    '%1: %2':
        '%1\xa0: %2',
    'Save plot as PNG…':
        'Enregistrer le graphique en PNG…',
    'Copy plot image':
        "Copier l'image du graphique",
    'Save plot as PNG':
        'Enregistrer le graphique en PNG',
    'PNG images (*.png)':
        'Images PNG (*.png)',
    'Could not write %1.':
        "Impossible d'écrire %1.",
    # fr-fix: formulas with × and → (the French follows the English symbols)
    '{tokens} tokens × (2 × {params} + attention over {tokens} tokens) = {value}':
        '{tokens} jetons × (2 × {params} + attention sur {tokens} jetons) = {value}',
    'batch {batch}, {bound} → {value}':
        'lot de {batch}, {bound} → {value}',
    '{params} parameters × {bytes} bytes = {value}':
        '{params} paramètres × {bytes} octets = {value}',
    '{layers} layers at {size} × {size} px = {value}':
        '{layers} couches à {size} × {size} px = {value}',
    '{batch} × {elements} values × {bytes} bytes = {value}':
        '{batch} × {elements} valeurs × {bytes} octets = {value}',
    'sum over tensors of elements × bits per weight of its type / 8 (llama.cpp recipe)':
        'somme sur les tenseurs des éléments × bits par poids de leur type / 8 (recette de '
        'llama.cpp)',
    'linear weights × their bits per weight (scales included) + other weights × 16 bits, / 8':
        "poids linéaires × leurs bits par poids (facteurs d'échelle compris) + autres poids × "
        '16 bits, / 8',
    'batch × layers × context × KV heads × (K dim + V dim) × bytes per element':
        'lot × couches × contexte × têtes KV × (dim. K + dim. V) × octets par élément',
    'batch × layers × context × (latent rank + RoPE dim) × bytes per element (MLA)':
        'lot × couches × contexte × (rang latent + dim. RoPE) × octets par élément (MLA)',
    'max(micro-batch × vocabulary × 4 B, attention scores, FFN activations)':
        "max(micro-lot × vocabulaire × 4 o, scores d'attention, activations du FFN)",
    'prefill chunk × (4 × hidden + 2 × FFN) × 2 B + batch × vocabulary × 4 B':
        'tranche de pré-remplissage × (4 × dim. cachée + 2 × FFN) × 2 o + lot × vocabulaire × 4 o',
    'runtime constant per GPU × GPUs':
        'constante du moteur par GPU × nombre de GPU',
    '2 × active parameters in matrix products + 2 × layers × heads × (d_k + d_v) × context':
        '2 × paramètres actifs des produits matriciels + 2 × couches × têtes × (d_k + d_v) × '
        'contexte',
    '1 / (max(weights read / (bandwidth × efficiency), dequantization, batch compute) + KV read '
    '/ (bandwidth × efficiency) + layers × per-layer time)':
        '1 / (max(poids lus / (bande passante × efficacité), déquantification, calcul du lot) + '
        'lecture KV / (bande passante × efficacité) + couches × temps par couche)',
    'tokens / (tokens × 2 × N / (peak × efficiency) + attention + weight reads per micro-batch)':
        'jetons / (jetons × 2 × N / (pic × efficacité) + attention + lectures des poids par '
        'micro-lot)',
    'batch / max(batch × FLOPs per image / (peak × efficiency), bytes moved / bandwidth)':
        'lot / max(lot × FLOPs par image / (pic × efficacité), octets transférés / bande passante)',
    'sum over layers of 2 × C_out × C_in/groups × k^2 × H_out × W_out':
        'somme sur les couches de 2 × C_out × C_in/groupes × k^2 × H_out × W_out',
    'sum over layers of 2 × inputs × outputs':
        'somme sur les couches de 2 × entrées × sorties',
    'batch × largest live activations × bytes per value':
        "lot × plus grand ensemble d'activations simultanées × octets par valeur",
    '{batch} × {layers} layers × {context} tokens × {per_token} per token and layer = {value}':
        '{batch} × {layers} couches × {context} jetons × {per_token} par jeton et par couche = '
        '{value}',
    '{batch} × ({full} full layers × {context} + {swa} sliding-window layers × {window}) tokens '
    '× {per_token} = {value}':
        '{batch} × ({full} couches complètes × {context} + {swa} couches à fenêtre glissante × '
        '{window}) jetons × {per_token} = {value}',
    '{per_gpu} × {gpus} = {value}. {reason}':
        '{per_gpu} × {gpus} = {value}. {reason}',
    '2 × {params} + {attention} of attention at context {context} = {value}':
        "2 × {params} + {attention} d'attention pour un contexte de {context} = {value}",
    'weights {weights} in {weights_time} at {bandwidth} × {eta}; KV read {kv_time}; {layers} '
    'layers × {layer_time}; step {step} → {value}':
        'poids {weights} en {weights_time} à {bandwidth} × {eta}\u202f; lecture KV '
        '{kv_time}\u202f; {layers} couches × {layer_time}\u202f; étape {step} → {value}',
    '{tokens} tokens × {flops_per_token} at {peak} ({peak_key}) × {eta} = {matmul_time}, + '
    '{other_time} weight reads and overheads → {value}':
        '{tokens} jetons × {flops_per_token} à {peak} ({peak_key}) × {eta} = {matmul_time}, + '
        '{other_time} de lectures des poids et de surcoûts → {value}',
    'One node is not enough at context {context}: {gpus} GPUs in {nodes} nodes (tensor parallel '
    '{tp} × pipeline parallel {pp})':
        'Un nœud ne suffit pas avec un contexte de {context}\xa0: {gpus} GPU dans {nodes} nœuds '
        '(parallélisme tensoriel {tp} × pipeline {pp})',
    "transfers per second × 8 B × channels × the fraction llama.cpp's CPU decode reaches":
        "transferts par seconde × 8 o × canaux × la fraction qu'atteint le décodage CPU de "
        'llama.cpp',
    '{bandwidth} × {efficiency} = {value} ({platform})':
        '{bandwidth} × {efficiency} = {value} ({platform})',
    '1 / (sum over GPUs of their part of the decode step + CPU bytes / host bandwidth + '
    'hand-overs × (latency + batch × d_model × 4 B / link bandwidth))':
        "1 / (somme sur les GPU de leur part de l'étape de décodage + octets CPU / bande "
        "passante de l'hôte + passages × (latence + lot × d_model × 4 o / bande passante du "
        'lien))',
    'GPUs {gpu_time} + CPU {cpu_bytes} in {cpu_time} + {hops} hand-overs in {hop_time} = {step} '
    '→ {value}':
        'GPU {gpu_time} + CPU {cpu_bytes} en {cpu_time} + {hops} passages en {hop_time} = '
        '{step} → {value}',
    '2 all-reduces per layer × layers × (latency + 2 (N-1)/N × batch × d_model × 2 B / link '
    'bandwidth)':
        '2 all-reduce par couche × couches × (latence + 2 (N-1)/N × lot × d_model × 2 o / bande '
        'passante du lien)',
    '2 × {layers} × ({latency} + {factor} × {message} / {bandwidth}) = {value} per step ({link})':
        '2 × {layers} × ({latency} + {factor} × {message} / {bandwidth}) = {value} par étape '
        '({link})',
    'VRAM × gpu_memory_utilization - weights / (TP × PP) - activation peak - non-torch memory':
        "mémoire vidéo × gpu_memory_utilization - poids / (TP × PP) - pic d'activations - "
        'mémoire hors PyTorch',
    '{vram} × {utilization} - {weights} - {activation} - {non_torch} = {value}':
        '{vram} × {utilization} - {weights} - {activation} - {non_torch} = {value}',
    'floor(KV blocks / ceil(context / block size)); KV blocks = floor(pool / (block size × KV '
    'bytes per token))':
        'plancher(blocs KV / plafond(contexte / taille de bloc))\u202f; blocs KV = '
        'plancher(réserve / (taille de bloc × octets KV par jeton))',
    'b* = (weights read / (bandwidth × efficiency)) / (2 × active parameters / (peak × '
    "efficiency)): the roofline's ridge":
        'b* = (poids lus / (bande passante × efficacité)) / (2 × paramètres actifs / (pic × '
        'efficacité))\xa0: le coude du roofline',
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
