package org.custos.demo;

import java.util.List;
import java.util.Random;

/** Given names and surnames common in El Salvador and in the other nationalities of the demo. */
final class DemoNames {

    static final List<String> SURNAMES = List.of("Hernández", "López", "Martínez", "García", "Rodríguez", "Flores",
            "Rivas", "Ramírez", "Pérez", "Cruz", "Aguilar", "Romero", "Alvarado", "Mejía", "Guevara", "Portillo",
            "Reyes", "Sánchez", "Gómez", "Díaz", "Castillo", "Chávez", "Orellana", "Ayala", "Menjívar", "Henríquez",
            "Argueta", "Quintanilla", "Escobar", "Amaya", "Campos", "Vásquez", "Morales", "Ramos", "Molina", "Zelaya",
            "Bonilla", "Fuentes", "Lemus", "Navarrete", "Barrera", "Canales", "Cortez", "Deras", "Fuentes", "Galdámez",
            "Hernández", "Interiano", "Jovel", "Landaverde", "Marroquín", "Núñez", "Peña", "Osorio", "Pineda",
            "Recinos", "Serrano", "Turcios", "Umaña", "Valladares", "Villalta", "Zepeda", "Ascencio", "Beltrán",
            "Carranza", "Dubón", "Erazo", "Funes", "Gutiérrez", "Hércules", "Iraheta", "Juárez", "Lazo", "Mancía",
            "Nolasco", "Ochoa", "Palacios", "Quijada", "Rauda", "Sorto", "Tobar", "Urquilla", "Ventura", "Ábrego",
            "Muñoz", "Peñate", "Ibáñez", "Avilés", "Cañas");
    static final List<String> MALE = List.of("José", "Juan", "Carlos", "Luis", "Miguel Ángel", "Jorge", "Mario",
            "Francisco", "Óscar", "Roberto", "José Antonio", "Juan Carlos", "Kevin", "Brayan", "Erick", "Wilfredo",
            "Santos", "Nelson", "Edwin", "Rafael", "Manuel de Jesús", "Jonathan", "Cristian", "William", "Marvin",
            "Ricardo", "Douglas", "Élmer", "Rigoberto", "René", "Salvador", "Julio César", "Víctor Manuel", "Ángel",
            "Héctor", "Josué", "Moisés", "Efraín", "Tomás", "Nicolás", "Ismael", "Germán", "Joaquín");
    static final List<String> FEMALE = List.of("María", "Ana", "Rosa", "Carmen", "María José", "Karla", "Jessica",
            "Yesenia", "Gabriela", "Sandra", "Marta", "Blanca", "Reina", "Glenda", "Claudia", "Sofía", "Daniela",
            "Ingrid", "Lorena", "Xiomara", "Brenda", "Verónica", "Iris", "Ana Mercedes", "María de los Ángeles",
            "Dolores", "Evelyn", "Fátima", "Guadalupe", "Jazmín");
    static final List<String> US_GIVEN = List.of("Michael", "James", "Robert", "David", "Christopher", "Daniel",
            "Anthony", "Joshua", "Brandon", "Tyler");
    static final List<String> US_SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
            "Davis", "Wilson", "O'Connor", "Anderson");
    static final List<String> VE_GIVEN = List.of("Andrés Eloy", "Jesús", "Yohan", "Franyer", "Leonel", "Arturo",
            "Mervin", "Neri", "Wilmer", "Frizgeralth");
    static final List<String> VE_SURNAMES = List.of("González", "Rodríguez", "Pérez", "Hernández", "Rojas",
            "Contreras", "Blanco", "Briceño", "Colmenares", "Quintero");

    private DemoNames() {
    }

    static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
